package id.tanggap.lapor;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SP4N-LAPOR! connection ({@code tanggap.lapor.*}). SP4N-LAPOR! publishes no public API
 * specification; Tanggap's port and payload are described in docs/lapor.md and are configured here.
 */
@ConfigurationProperties("tanggap.lapor")
public record LaporProperties(String baseUrl, String token, String inboundToken) {

    boolean outboundConfigured() {
        return baseUrl != null && !baseUrl.isBlank() && token != null && !token.isBlank();
    }
}
