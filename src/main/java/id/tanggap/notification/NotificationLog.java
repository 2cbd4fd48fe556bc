package id.tanggap.notification;

import id.tanggap.shared.DeliveryAttempts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail, queued in the transaction that decided to send it and sent after the commit; its
 * dedup key keeps a redelivered job from sending the same e-mail twice. While it is pending it
 * holds the rendered message (encrypted); once sent only the facts remain.
 */
@Entity
@Table(name = "notification_log")
class NotificationLog {

    enum Status {
        PENDING,
        SENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Column(name = "complaint_id")
    private Long complaintId;

    private String template;
    private String recipient;

    @Column(name = "message_id")
    private String messageId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    private String content;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Embedded
    private DeliveryAttempts delivery = new DeliveryAttempts();

    protected NotificationLog() {}

    NotificationLog(
            String dedupKey,
            Long complaintId,
            String template,
            String recipient,
            String messageId,
            String content,
            Instant now) {
        this.dedupKey = dedupKey;
        this.complaintId = complaintId;
        this.template = template;
        this.recipient = recipient;
        this.messageId = messageId;
        this.content = content;
        this.status = Status.PENDING;
        this.queuedAt = now;
    }

    void sent(Instant now) {
        this.status = Status.SENT;
        this.sentAt = now;
        this.content = null; // the personal data in it is not needed any more
        delivery.delivered();
    }

    void failed(String error, Instant retryAt) {
        delivery.failed(error, retryAt);
    }

    Long getId() {
        return id;
    }

    String getDedupKey() {
        return dedupKey;
    }

    String getTemplate() {
        return template;
    }

    String getContent() {
        return content;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return delivery.count();
    }
}
