package id.tanggap.testsupport;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The escalation module's record of sent escalations (complaint_escalation) as tests of other modules
 * read it: the one place outside that module that knows the table.
 */
public final class EscalationRows {

    /** One escalation of a case: which deadline it was for and to whom it went. */
    public record Escalation(String kind, String recipients) {}

    private EscalationRows() {}

    /** The case's escalations, oldest first. */
    public static List<Escalation> of(JdbcTemplate jdbc, String ticket) {
        return jdbc.query(
                "SELECT e.kind, e.recipients FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id"
                        + " WHERE c.ticket = ? ORDER BY e.id",
                (rs, i) -> new Escalation(rs.getString("kind"), rs.getString("recipients")),
                ticket);
    }
}
