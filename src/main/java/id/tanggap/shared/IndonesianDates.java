package id.tanggap.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in the region read them: "Jumat, 27 November 2026 pukul 07.44 WITA". */
public final class IndonesianDates {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm", INDONESIAN);

    private IndonesianDates() {}

    public static String longDateTime(Instant instant, ZoneId zone) {
        return instant == null ? "-" : LONG.format(instant.atZone(zone)) + " " + zoneLabel(zone);
    }

    public static String zoneLabel(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }
}
