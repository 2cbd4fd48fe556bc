package id.tanggap.channels;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the social-media channels ({@code tanggap.channels.*}); README.md lists their env variables. */
@ConfigurationProperties("tanggap.channels")
public record ChannelProperties(
        @DefaultValue Meta meta,
        @DefaultValue X x,
        @DefaultValue("PT30S") Duration replyRetryBackoff) {

    /**
     * Meta app (Facebook Pages, Instagram, WhatsApp Cloud): webhook secret and verify token, Graph API
     * base; and for campaigns the token that reads public posts and the province's Instagram
     * professional account through which other professional accounts are read (business discovery).
     */
    public record Meta(
            String appSecret,
            String verifyToken,

            @DefaultValue("https://graph.facebook.com/v23.0")
            String graphUrl,

            String readerToken,
            String instagramReaderId) {}

    /** X app: consumer secret for the Account Activity webhook, API base, and the app-only bearer token that reads public posts. */
    public record X(
            String consumerSecret,
            @DefaultValue("https://api.x.com") String apiUrl,
            String appBearerToken) {}
}
