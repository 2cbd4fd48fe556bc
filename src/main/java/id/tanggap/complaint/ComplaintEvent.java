package id.tanggap.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a case's timeline: a transition with its time, actor and note. */
@Entity
@Table(name = "complaint_event")
class ComplaintEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;
    /** What produced the entry (a step and its element instance); the same step records once. */
    @Column(name = "event_key")
    private String eventKey;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    @Column(name = "occurred_at")
    private Instant occurredAt;
    /** A role or an OPD, never a private person's name. */
    private String actor;

    private String note;
    /** For staff only: never shown on the public timeline. */
    private boolean internal;

    protected ComplaintEvent() {}

    public ComplaintEvent(
            Long complaintId, String eventKey, ComplaintStatus status, Instant occurredAt, String actor, String note) {
        this(complaintId, eventKey, status, occurredAt, actor, note, false);
    }

    public ComplaintEvent(
            Long complaintId,
            String eventKey,
            ComplaintStatus status,
            Instant occurredAt,
            String actor,
            String note,
            boolean internal) {
        this.complaintId = complaintId;
        this.eventKey = eventKey;
        this.status = status;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.note = note;
        this.internal = internal;
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getEventKey() {
        return eventKey;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    public boolean isInternal() {
        return internal;
    }
}
