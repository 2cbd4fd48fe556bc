package id.tanggap.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tanggap.retention.*}: how long after a case was closed its reporter's personal data (name,
 * contact, exact place, typed address, platform message and sender ids) and its photos are kept before
 * the daily job of bpmn/personal-data-retention.bpmn erases them; {@code socialInteractions}: how long after it
 * arrived a social-media interaction that never became a case keeps its sender and text (one that became a
 * case follows its case). The audit trail has its own period, {@code tanggap.audit.retention}.
 */
@ConfigurationProperties("tanggap.retention")
public record RetentionProperties(
        @DefaultValue("P2Y") Period personalData,
        @DefaultValue("P1Y") Period photos,
        @DefaultValue("P1Y") Period socialInteractions) {}
