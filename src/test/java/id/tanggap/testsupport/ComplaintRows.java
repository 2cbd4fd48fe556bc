package id.tanggap.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The complaint module's tables (complaint, complaint_event, complaint_attachment) as tests of other
 * modules read them: the one place outside that module that knows their names and keys. Tests assert
 * through HTTP or a module's API where they can; this is for what only the stored row shows (an
 * encrypted column, a count that proves nothing was written).
 */
public final class ComplaintRows {

    private ComplaintRows() {}

    /** The case's row, column by column. */
    public static Map<String, Object> row(JdbcTemplate jdbc, String ticket) {
        return jdbc.queryForMap("SELECT * FROM complaint WHERE ticket = ?", ticket);
    }

    /** One column of the case's row (a column name from the test, never from input). */
    public static <T> T value(JdbcTemplate jdbc, String ticket, String column, Class<T> type) {
        return jdbc.queryForObject("SELECT " + column + " FROM complaint WHERE ticket = ?", type, ticket);
    }

    /** Sets one column of the case's row: a state the application cannot be brought to in the test's time. */
    public static void set(JdbcTemplate jdbc, String ticket, String column, Object value) {
        jdbc.update("UPDATE complaint SET " + column + " = ? WHERE ticket = ?", value, ticket);
    }

    public static long id(JdbcTemplate jdbc, String ticket) {
        return value(jdbc, ticket, "id", Long.class);
    }

    /** The process instance the case started, null until the engine took the start. */
    public static Long processInstance(JdbcTemplate jdbc, String ticket) {
        return value(jdbc, ticket, "process_instance_key", Long.class);
    }

    /**
     * Waits until registerComplaint has saved the case (it records the process instance): a test that sets columns
     * by SQL before that would see the job's save write the old values back.
     */
    public static void awaitRegistered(JdbcTemplate jdbc, String ticket) {
        await().atMost(Duration.ofSeconds(30)).until(() -> processInstance(jdbc, ticket) != null);
    }

    /** All cases. */
    public static int count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
    }

    /** Cases from a channel's message (its external id). */
    public static int countFrom(JdbcTemplate jdbc, String channel, String externalId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM complaint WHERE channel = ? AND external_id = ?",
                Integer.class,
                channel,
                externalId);
    }

    /** Cases that came in through one official account of a channel (its platform account id). */
    public static int countThroughAccount(JdbcTemplate jdbc, String channel, String accountId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM complaint WHERE channel = ? AND channel_account_id = ?",
                Integer.class,
                channel,
                accountId);
    }

    /** Cases from a channel. */
    public static int countFromChannel(JdbcTemplate jdbc, String channel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE channel = ?", Integer.class, channel);
    }

    /** Cases with this external id, whatever the channel. */
    public static int countWithExternalId(JdbcTemplate jdbc, String externalId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE external_id = ?", Integer.class, externalId);
    }

    /** The ticket of the case made from a channel's message. */
    public static String ticketFrom(JdbcTemplate jdbc, String channel, String externalId) {
        return jdbc.queryForObject(
                "SELECT ticket FROM complaint WHERE channel = ? AND external_id = ?",
                String.class,
                channel,
                externalId);
    }

    /** The stored addresses of the case's photos. */
    public static List<String> attachmentUrls(JdbcTemplate jdbc, String ticket) {
        return jdbc.queryForList(
                "SELECT a.url FROM complaint_attachment a JOIN complaint c ON c.id = a.complaint_id WHERE c.ticket = ?",
                String.class,
                ticket);
    }

    /** One timeline entry of a case: its idempotency key (may be null), note, and whether only staff see it. */
    public record Event(String key, String note, boolean internal) {}

    /** The case's timeline entries, oldest first. */
    public static List<Event> timeline(JdbcTemplate jdbc, String ticket) {
        return jdbc.query(
                "SELECT e.event_key, e.note, e.internal FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id"
                        + " WHERE c.ticket = ? ORDER BY e.id",
                (rs, i) -> new Event(rs.getString("event_key"), rs.getString("note"), rs.getBoolean("internal")),
                ticket);
    }

    /** Adds a photo to the case after its last one, as the web form stores a citizen's upload. */
    public static void attach(JdbcTemplate jdbc, String ticket, String url) {
        long id = id(jdbc, ticket);
        int next = jdbc.queryForObject(
                "SELECT COALESCE(MAX(position_no), -1) + 1 FROM complaint_attachment WHERE complaint_id = ?",
                Integer.class,
                id);
        jdbc.update(
                "INSERT INTO complaint_attachment (complaint_id, position_no, url) VALUES (?, ?, ?)", id, next, url);
    }

    /** Timeline entries of all cases. */
    public static int allEvents(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint_event", Integer.class);
    }

    /** Timeline entries of the case. */
    public static int events(JdbcTemplate jdbc, String ticket) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id WHERE c.ticket = ?",
                Integer.class,
                ticket);
    }
}
