package id.tanggap.testsupport;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The process module's engine outbox (engine_outbox) as tests of other modules read it: the one place
 * outside that module that knows the table. For what only the outbox shows: a start or message queued
 * while the engine is down, published once it is back.
 */
public final class OutboxRows {

    private OutboxRows() {}

    /** The entry with this message id (a case's ticket for its start). */
    public static long idOf(JdbcTemplate jdbc, String messageId) {
        return jdbc.queryForObject("SELECT id FROM engine_outbox WHERE message_id = ?", Long.class, messageId);
    }

    public static Map<String, Object> row(JdbcTemplate jdbc, long id) {
        return jdbc.queryForMap("SELECT * FROM engine_outbox WHERE id = ?", id);
    }

    public static boolean published(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM engine_outbox WHERE id = ? AND published_at IS NOT NULL",
                        Integer.class,
                        id)
                == 1;
    }

    /** Takes a publication back, as if the engine had been down when the relay tried. */
    public static void unpublish(JdbcTemplate jdbc, long id) {
        jdbc.update("UPDATE engine_outbox SET published_at = NULL, next_attempt_at = NULL WHERE id = ?", id);
    }

    /** How many entries there are of a message name for a correlation key. */
    public static int count(JdbcTemplate jdbc, String name, String correlationKey) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM engine_outbox WHERE name = ? AND correlation_key = ?",
                Integer.class,
                name,
                correlationKey);
    }

    /** All entries. */
    public static int count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM engine_outbox", Integer.class);
    }
}
