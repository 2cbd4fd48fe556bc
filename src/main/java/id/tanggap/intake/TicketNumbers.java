package id.tanggap.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out tickets {@code ADU-<year>-<6 digits>}, numbered per year in the region's time zone.
 * Each number is taken in a short transaction of its own, so the counter row stays locked only
 * for that moment; a number whose intake then fails is skipped, never reused.
 */
@Component
class TicketNumbers {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    TicketNumbers(JdbcTemplate jdbc, Clock clock, id.tanggap.shared.TanggapProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.zone();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String next() {
        int year = LocalDate.now(clock.withZone(zone)).getYear();
        if (jdbc.update("UPDATE ticket_sequence SET last_number = last_number + 1 WHERE seq_year = ?", year) == 0) {
            try {
                jdbc.update("INSERT INTO ticket_sequence (seq_year, last_number) VALUES (?, 1)", year);
            } catch (DuplicateKeyException createdMeanwhile) {
                jdbc.update("UPDATE ticket_sequence SET last_number = last_number + 1 WHERE seq_year = ?", year);
            }
        }
        Integer number = jdbc.queryForObject("SELECT last_number FROM ticket_sequence WHERE seq_year = ?", Integer.class, year);
        return format(year, number);
    }

    static String format(int year, int number) {
        if (number > 999_999) {
            throw new IllegalStateException("ticket numbers for " + year + " are exhausted");
        }
        return "ADU-%d-%06d".formatted(year, number);
    }
}
