package id.tanggap.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The notices already given (kind + subject), so that a daily or weekly run tells each thing once. */
@Component
class NoticeRecord {

    private final JdbcTemplate jdbc;

    NoticeRecord(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when this call recorded the notice (it was not given before) */
    boolean firstTime(String kind, String subject, Instant at) {
        try {
            return jdbc.update(
                            "INSERT INTO monitoring_notice (kind, subject, sent_at) VALUES (?, ?, ?)",
                            kind,
                            subject,
                            Timestamp.from(at))
                    == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean given(String kind, String subject) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM monitoring_notice WHERE kind = ? AND subject = ?",
                        Integer.class,
                        kind,
                        subject)
                > 0;
    }

    void forget(String kind, String subject) {
        jdbc.update("DELETE FROM monitoring_notice WHERE kind = ? AND subject = ?", kind, subject);
    }
}
