package id.tanggap.scale;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The e-mails the notification log holds for some cases: those of the case, and the form's receipt (logged by ticket). */
final class CaseMails {

    private CaseMails() {}

    /** @return message id -> status of every such e-mail */
    static Map<String, String> of(JdbcTemplate jdbc, Collection<String> tickets, Collection<Long> complaintIds) {
        List<Map<String, Object>> rows =
                jdbc.queryForList("SELECT message_id, dedup_key, complaint_id, status FROM notification_log");
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Map<String, Object> r : rows) {
            String key = (String) r.get("dedup_key");
            Object complaint = r.get("complaint_id");
            boolean ours = (complaint instanceof Number n && complaintIds.contains(n.longValue()))
                    || tickets.stream().anyMatch(t -> key.startsWith("receipt:" + t + ":"));
            if (ours) {
                out.put((String) r.get("message_id"), (String) r.get("status"));
            }
        }
        return out;
    }
}
