package id.tanggap.channels;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the social-media channels ({@code tanggap.channels.*}); README.md lists their env variables. */
@ConfigurationProperties("tanggap.channels")
public record ChannelProperties(
        @DefaultValue Meta meta,
        @DefaultValue X x,
        @DefaultValue("PT30S") Duration replyRetryBackoff,
        @DefaultValue Connect connect,
        @DefaultValue("10") int readPageLimit) {

    /**
     * {@code readPageLimit}: how many pages (Graph's {@code paging.cursors.after}, X's {@code meta.next_token}) one
     * reading of one account follows at most in a run; what lies beyond is read on the next run, so a very busy account
     * cannot exhaust the app's rate limit.
     */
    public int pageLimit() {
        return Math.max(1, readPageLimit);
    }

    /**
     * Meta app (Facebook Pages, Instagram, WhatsApp Cloud): webhook secret and verify token, Graph API
     * base; and for campaigns the token that reads public posts and the province's Instagram
     * professional account through which other professional accounts are read (business discovery).
     * For connecting accounts (Facebook Login for Business): the app id, the login configuration id,
     * the login dialog, and the Page webhook fields a connected Page is subscribed to.
     */
    public record Meta(
            String appSecret,
            String verifyToken,

            @DefaultValue("https://graph.facebook.com/v23.0")
            String graphUrl,

            String readerToken,
            String instagramReaderId,
            String appId,
            String loginConfigId,

            @DefaultValue("https://www.facebook.com/v23.0/dialog/oauth")
            String dialogUrl,

            @DefaultValue("feed,messages") String pageWebhookFields) {}

    /**
     * X app: consumer secret for the Account Activity webhook, API base, and the app-only bearer token
     * that reads public posts; for connecting accounts the OAuth 2.0 client id and secret and the
     * authorize page; the only host direct-message photos are read from (with the account's token).
     */
    public record X(
            String consumerSecret,
            @DefaultValue("https://api.x.com") String apiUrl,
            String appBearerToken,
            String clientId,
            String clientSecret,

            @DefaultValue("https://x.com/i/oauth2/authorize")
            String authorizeUrl,

            @DefaultValue("https://ton.twitter.com/") String mediaUrl) {}

    /**
     * Connecting accounts and their tokens' health: how long a started connection (its state and PKCE
     * verifier) stays usable, how long before a token's end the owner is warned, how long a reply
     * waits for a renewed token before it is handed to the OPD by e-mail, and the OPD whose address
     * hears of tokens for Diskominfo.
     */
    public record Connect(
            @DefaultValue("PT10M") Duration stateTimeToLive,
            @DefaultValue("P7D") Duration expiryWarning,
            @DefaultValue("PT24H") Duration replyTokenWaitLimit,
            @DefaultValue("DISKOMINFOTIK") String diskominfoOpd) {}
}
