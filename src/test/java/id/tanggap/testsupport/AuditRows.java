package id.tanggap.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit module's trail (audit_log) as tests of other modules read it: the one place outside that
 * module that knows the table.
 */
public final class AuditRows {

    private AuditRows() {}

    /** The rows of an action about one subject, oldest first. */
    public static List<Map<String, Object>> of(JdbcTemplate jdbc, String action, String subject) {
        return jdbc.queryForList(
                "SELECT * FROM audit_log WHERE action = ? AND subject = ? ORDER BY id", action, subject);
    }

    /** How many rows of an action have a subject like the pattern (SQL LIKE). */
    public static int count(JdbcTemplate jdbc, String action, String subjectLike) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject LIKE ?",
                Integer.class,
                action,
                subjectLike);
    }
}
