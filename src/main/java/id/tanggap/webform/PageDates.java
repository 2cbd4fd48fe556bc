package id.tanggap.webform;

import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.TanggapProperties;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Dates on public pages, as {@code ${@tanggal.waktu(x)}}: "3 Desember 2026 pukul 07.44 WITA" in the region's zone,
 * always in Indonesian. Thymeleaf's own formatting follows the browser's language, which would turn a resident's
 * page into "December" on a phone set to English.
 */
@Component("tanggal")
public class PageDates {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm", IndonesianDates.INDONESIAN);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm.ss", IndonesianDates.INDONESIAN);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", IndonesianDates.INDONESIAN);

    private final TanggapProperties properties;

    PageDates(TanggapProperties properties) {
        this.properties = properties;
    }

    public String waktu(Instant instant) {
        return instant == null
                ? "-"
                : DATE_TIME.format(instant.atZone(properties.zone())) + " "
                        + IndonesianDates.zoneLabel(properties.zone());
    }

    /** To the second, for the audit trail: "3 Desember 2026 pukul 07.44.05 WITA". */
    public String waktuDetik(Instant instant) {
        return instant == null
                ? "-"
                : DATE_TIME_SECONDS.format(instant.atZone(properties.zone())) + " "
                        + IndonesianDates.zoneLabel(properties.zone());
    }

    /** The region's time zone as people name it: "WITA". */
    public String zona() {
        return IndonesianDates.zoneLabel(properties.zone());
    }

    /** A calendar day: "1 Desember 2026". */
    public String hari(java.time.LocalDate day) {
        return day == null ? "-" : DATE.format(day);
    }

    public String tanggal(Instant instant) {
        return instant == null ? "-" : DATE.format(instant.atZone(properties.zone()));
    }
}
