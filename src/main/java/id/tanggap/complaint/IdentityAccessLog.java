package id.tanggap.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The trail of reads of confidential identities (table {@code identity_access_log}). Append-only by
 * construction: this class is the only code that touches the table, and it only inserts.
 */
@Component
class IdentityAccessLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdentityAccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Complaint complaint, String username, String clientIp) {
        jdbc.update(
                "INSERT INTO identity_access_log (complaint_id, ticket, username, accessed_at, client_ip) VALUES (?, ?, ?, ?, ?)",
                complaint.getId(),
                complaint.getTicket(),
                username,
                Timestamp.from(clock.instant()),
                clientIp == null ? "-" : clientIp);
    }
}
