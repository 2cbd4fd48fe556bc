package id.tanggap.channels;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the social-media channels ({@code tanggap.channels.*}); README.md lists their env variables. */
@ConfigurationProperties("tanggap.channels")
public record ChannelProperties(@DefaultValue Meta meta, @DefaultValue X x, @DefaultValue("PT30S") Duration replyRetryBackoff) {

    /** Meta app (Facebook Pages, Instagram, WhatsApp Cloud): webhook secret and verify token, Graph API base. */
    public record Meta(String appSecret, String verifyToken, @DefaultValue("https://graph.facebook.com/v23.0") String graphUrl) {}

    /** X app: consumer secret for the Account Activity webhook, API base. */
    public record X(String consumerSecret, @DefaultValue("https://api.x.com") String apiUrl) {}
}
