package id.tanggap.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Reads date-time values that processes hand over (ISO 8601, or FEEL's "...@Zone/Id" form). */
public final class ProcessDates {

    private ProcessDates() {}

    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        int at = v.indexOf('@');
        if (at > 0) {
            return LocalDateTime.parse(v.substring(0, at))
                    .atZone(ZoneId.of(v.substring(at + 1)))
                    .toInstant();
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            return ZonedDateTime.parse(v).toInstant();
        }
    }
}
