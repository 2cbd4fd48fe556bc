package id.tanggap.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case that still has to reach the engine; written in the same transaction as the case. */
@Entity
@Table(name = "process_start_outbox")
class ProcessStartOutbox {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "complaint_id")
    private Long complaintId;
    private String ticket;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;

    protected ProcessStartOutbox() {}

    ProcessStartOutbox(Long complaintId, String ticket, Instant now) {
        this.complaintId = complaintId;
        this.ticket = ticket;
        this.createdAt = now;
    }

    void published(Instant now) {
        this.attempts++;
        this.publishedAt = now;
        this.lastError = null;
    }

    void failed(String error) {
        this.attempts++;
        this.lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
    }

    Long getId() { return id; }
    Long getComplaintId() { return complaintId; }
    String getTicket() { return ticket; }
    Instant getPublishedAt() { return publishedAt; }
    int getAttempts() { return attempts; }
}
