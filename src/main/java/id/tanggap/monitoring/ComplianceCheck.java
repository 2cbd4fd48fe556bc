package id.tanggap.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The result of one day's compliance check of one official account. */
@Entity
@Table(name = "compliance_check")
class ComplianceCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "check_date")
    private LocalDate checkDate;

    @Column(name = "last_post_at")
    private Instant lastPostAt;

    @Column(name = "unanswered_overdue")
    private int unansweredOverdue;

    private boolean active;
    private boolean responsive;
    private boolean complete;
    private boolean compliant;

    @Column(name = "consecutive_failures")
    private int consecutiveFailures;

    private String note;

    @Column(name = "posts_last_7_days")
    private int postsLast7Days;

    /** False: the account had no usable token that day ("belum terhubung"), so nothing was judged. */
    private boolean connected = true;

    @Column(name = "unanswered_comments")
    private int unansweredComments;

    protected ComplianceCheck() {}

    ComplianceCheck(Long accountId, LocalDate checkDate) {
        this.accountId = accountId;
        this.checkDate = checkDate;
    }

    void result(
            Instant lastPostAt,
            int unansweredOverdue,
            boolean active,
            boolean responsive,
            boolean complete,
            boolean compliant,
            int consecutiveFailures,
            String note,
            int postsLast7Days) {
        this.postsLast7Days = postsLast7Days;
        this.lastPostAt = lastPostAt;
        this.unansweredOverdue = unansweredOverdue;
        this.active = active;
        this.responsive = responsive;
        this.complete = complete;
        this.compliant = compliant;
        this.consecutiveFailures = consecutiveFailures;
        this.note = note;
        this.connected = true;
    }

    void unansweredComments(int count) {
        this.unansweredComments = count;
    }

    /** The day's row of an account that is not connected: not compliant, not a failure either. */
    void notConnected(String note) {
        result(null, 0, false, false, false, false, 0, note, 0);
        this.connected = false;
    }

    public boolean isConnected() {
        return connected;
    }

    public LocalDate getCheckDate() {
        return checkDate;
    }

    public boolean isCompliant() {
        return compliant;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }
}
