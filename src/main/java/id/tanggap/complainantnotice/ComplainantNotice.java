package id.tanggap.complainantnotice;

import id.tanggap.complaint.ComplaintStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One public change of a case as its complainant is told of it: the route chosen, and whether it went out. */
@Entity
@Table(name = "complainant_notice")
class ComplainantNotice {

    enum State {
        /** To be sent (again, from {@code nextAttemptAt}). */
        PENDING,
        SENT,
        /** Another step tells the complainant of this change (named in {@code proof}); recorded, nothing sent here. */
        DELEGATED,
        /** Nothing to send: the complainant reads it on /lacak. */
        TRACKING_PAGE,
        /** The platform refused it for good, or every retry failed; the complainant still finds it on /lacak. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private long complaintId;

    @Column(name = "change_key")
    private String changeKey;

    @Enumerated(EnumType.STRING)
    private NoticeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_status")
    private ComplaintStatus caseStatus;

    private String note;

    @Enumerated(EnumType.STRING)
    private Route route;

    @Enumerated(EnumType.STRING)
    private State state;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private String proof;

    @Column(name = "last_error")
    private String lastError;

    protected ComplainantNotice() {}

    ComplainantNotice(
            long complaintId,
            String changeKey,
            NoticeKind kind,
            ComplaintStatus caseStatus,
            String note,
            Route route,
            State state,
            String proof,
            Instant now) {
        this.complaintId = complaintId;
        this.changeKey = changeKey;
        this.kind = kind;
        this.caseStatus = caseStatus;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 1999) + "…";
        this.route = route;
        this.state = state;
        this.proof = proof;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(String proof, Instant now) {
        this.state = State.SENT;
        this.proof = proof == null || proof.length() <= 300 ? proof : proof.substring(0, 300);
        this.sentAt = now;
        this.lastError = null;
    }

    void failed(String error, boolean giveUp, Instant retryAt) {
        this.lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        if (giveUp) {
            this.state = State.FAILED;
        } else {
            this.nextAttemptAt = retryAt;
        }
    }

    /** The route could not be used (no token, nothing configured): the change stays on /lacak only. */
    void onTrackingPageOnly(String why) {
        this.state = State.TRACKING_PAGE;
        this.lastError = why;
    }

    Long getId() {
        return id;
    }

    long getComplaintId() {
        return complaintId;
    }

    String getChangeKey() {
        return changeKey;
    }

    NoticeKind getKind() {
        return kind;
    }

    ComplaintStatus getCaseStatus() {
        return caseStatus;
    }

    String getNote() {
        return note;
    }

    Route getRoute() {
        return route;
    }

    State getState() {
        return state;
    }

    int getAttempts() {
        return attempts;
    }

    /** The key a send of this notice carries (e-mail dedup key, SMS reference, LAPOR Idempotency-Key, message id). */
    String dedupKey() {
        return "notice:" + complaintId + ":" + changeKey;
    }
}
