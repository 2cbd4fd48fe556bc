package id.tanggap.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tanggap.privacy.contact}: where a citizen asks about their personal data, as the privacy page
 * {@code /privasi} shows it (the PPID's name, e-mail and telephone of the province).
 */
@ConfigurationProperties("tanggap.privacy")
record PrivacyProperties(
        @DefaultValue("PPID Dinas Komunikasi, Informatika dan Statistik (Diskominfotik)")
        String contact) {}
