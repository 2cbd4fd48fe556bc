package id.tanggap.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tanggap.audit.retention} (default P5Y): how long audit rows are kept. The application cannot
 * delete them (the table refuses UPDATE and DELETE); the search page shows the oldest date that must
 * still be kept, and the operator archives and removes older rows as docs/privacy.md describes.
 */
@ConfigurationProperties("tanggap.audit")
record AuditProperties(@DefaultValue("P5Y") Period retention) {}
