package id.tanggap.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One e-mail sent; its dedup key keeps a redelivered job from sending the same e-mail twice. */
@Entity
@Table(name = "notification_log")
class NotificationLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dedup_key")
    private String dedupKey;
    @Column(name = "complaint_id")
    private Long complaintId;
    private String template;
    private String recipient;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected NotificationLog() {}

    NotificationLog(String dedupKey, Long complaintId, String template, String recipient, Instant sentAt) {
        this.dedupKey = dedupKey;
        this.complaintId = complaintId;
        this.template = template;
        this.recipient = recipient;
        this.sentAt = sentAt;
    }
}
