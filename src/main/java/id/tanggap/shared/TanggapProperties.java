package id.tanggap.shared;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the application itself (the {@code tanggap.*} keys); README.md lists their env variables. */
@ConfigurationProperties("tanggap")
public record TanggapProperties(
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("Asia/Makassar") ZoneId zone,
        @DefaultValue Mail mail,
        @DefaultValue Crypto crypto,
        @DefaultValue("false") boolean demoData,
        @DefaultValue(".tanggap/uploads") String uploadDir,
        @DefaultValue Outbox outbox,
        @DefaultValue Oidc oidc) {

    public record Mail(
            @DefaultValue("Tanggap <noreply@tanggap.example>")
            String from) {}

    public record Crypto(String key) {}

    public record Outbox(@DefaultValue("PT2S") Duration pollInterval) {}

    public record Oidc(@DefaultValue("groups") String rolesClaim) {}

    /** The public tracking page of a ticket. */
    public String trackingUrl(String ticket) {
        return stripSlash(publicBaseUrl) + "/lacak/" + ticket;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
