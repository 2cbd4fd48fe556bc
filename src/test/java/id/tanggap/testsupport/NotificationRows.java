package id.tanggap.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notification module's log of queued and sent e-mails (notification_log) as tests of other
 * modules read it: the one place outside that module that knows the table.
 */
public final class NotificationRows {

    private NotificationRows() {}

    /** How many e-mails of a template were queued (whatever their state). */
    public static int count(JdbcTemplate jdbc, String template) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification_log WHERE template = ?", Integer.class, template);
    }

    /** How many e-mails have a dedup key like the pattern (SQL LIKE). */
    public static int countWithDedupKeyLike(JdbcTemplate jdbc, String dedupKeyLike) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification_log WHERE dedup_key LIKE ?", Integer.class, dedupKeyLike);
    }

    /** How many e-mails of a template are in a state (QUEUED, SENT, ...). */
    public static int count(JdbcTemplate jdbc, String template, String status) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification_log WHERE template = ? AND status = ?",
                Integer.class,
                template,
                status);
    }
}
