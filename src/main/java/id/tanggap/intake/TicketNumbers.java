package id.tanggap.intake;

import id.tanggap.shared.TanggapProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out tickets {@code ADU-<year>-<6 digits>}, numbered per year in the region's time zone.
 * Each application instance reserves a block of numbers at a time in a short transaction of its
 * own, so intakes do not queue on the counter row; numbers are unique across instances, and a
 * number whose intake fails (or a block left at shutdown) is skipped, never reused.
 */
@Component
class TicketNumbers {

    static final int BLOCK = 50;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate newTx;
    private int blockYear;
    private int next;
    private int last = -1;

    TicketNumbers(JdbcTemplate jdbc, Clock clock, TanggapProperties properties, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.zone();
        this.newTx = new TransactionTemplate(txManager);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public synchronized String next() {
        int year = LocalDate.now(clock.withZone(zone)).getYear();
        if (year != blockYear || next > last) {
            int end = reserve(year);
            blockYear = year;
            next = end - BLOCK + 1;
            last = end;
        }
        return format(year, next++);
    }

    /** @return the last number of a newly reserved block */
    private int reserve(int year) {
        return newTx.execute(status -> {
            if (jdbc.update("UPDATE ticket_sequence SET last_number = last_number + ? WHERE seq_year = ?", BLOCK, year)
                    == 0) {
                try {
                    jdbc.update("INSERT INTO ticket_sequence (seq_year, last_number) VALUES (?, ?)", year, BLOCK);
                } catch (DuplicateKeyException createdMeanwhile) {
                    jdbc.update(
                            "UPDATE ticket_sequence SET last_number = last_number + ? WHERE seq_year = ?", BLOCK, year);
                }
            }
            return jdbc.queryForObject(
                    "SELECT last_number FROM ticket_sequence WHERE seq_year = ?", Integer.class, year);
        });
    }

    static String format(int year, int number) {
        if (number > 999_999) {
            throw new IllegalStateException("ticket numbers for " + year + " are exhausted");
        }
        return "ADU-%d-%06d".formatted(year, number);
    }
}
