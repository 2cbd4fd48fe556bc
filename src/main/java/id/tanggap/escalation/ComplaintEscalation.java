package id.tanggap.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One escalation of a case: which deadline, which level, who was told, when. */
@Entity
@Table(name = "complaint_escalation")
class ComplaintEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "dedup_key")
    private String dedupKey;

    private String kind;
    private int level;
    private String recipients;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    protected ComplaintEscalation() {}

    ComplaintEscalation(
            Long complaintId, String dedupKey, String kind, int level, String recipients, Instant escalatedAt) {
        this.complaintId = complaintId;
        this.dedupKey = dedupKey;
        this.kind = kind;
        this.level = level;
        this.recipients = recipients;
        this.escalatedAt = escalatedAt;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getKind() {
        return kind;
    }

    public int getLevel() {
        return level;
    }

    public String getRecipients() {
        return recipients;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
