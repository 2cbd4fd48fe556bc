package id.tanggap.campaign;

import id.tanggap.shared.CampaignVerdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A programme information campaign: what to spread (the content link), to whom (target OPDs or all),
 * when (the window) and how many are expected to take part (percent of the targeted staff).
 */
@Entity
@Table(name = "campaign")
class Campaign {

    /** DIJADWALKAN (created) → BERJALAN (invitations sent) → DIEVALUASI (window closed, evaluated) → SELESAI (summary reviewed). */
    public enum Status {
        DIJADWALKAN("Dijadwalkan"),
        BERJALAN("Sedang berjalan"),
        DIEVALUASI("Sudah dievaluasi"),
        SELESAI("Selesai");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The status as the campaign pages show it ("Sedang berjalan"); the code stays what is stored and sent. */
        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String programme;

    @Column(name = "content_url")
    private String contentUrl;

    @Column(name = "target_all")
    private boolean targetAll;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_end")
    private Instant windowEnd;

    @Column(name = "expected_participation")
    private int expectedParticipation;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    private Integer targeted;
    private Integer participated;
    private Integer shares;

    @Column(name = "participation_rate")
    private BigDecimal participationRate;

    private String verdict;

    @Column(name = "evaluation_note")
    private String evaluationNote;

    protected Campaign() {}

    Campaign(
            String programme,
            String contentUrl,
            boolean targetAll,
            Instant windowStart,
            Instant windowEnd,
            int expectedParticipation,
            String createdBy,
            Instant now) {
        this.programme = programme;
        this.contentUrl = contentUrl;
        this.targetAll = targetAll;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.expectedParticipation = expectedParticipation;
        this.status = Status.DIJADWALKAN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void published(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    void invited(Instant at) {
        if (invitedAt == null) {
            invitedAt = at;
            status = Status.BERJALAN;
        }
    }

    void reminded(Instant at) {
        if (remindedAt == null) {
            remindedAt = at;
        }
    }

    void evaluated(Instant at, int targeted, int participated, int shares, BigDecimal rate, String verdict) {
        this.evaluatedAt = evaluatedAt == null ? at : evaluatedAt;
        this.targeted = targeted;
        this.participated = participated;
        this.shares = shares;
        this.participationRate = rate;
        this.verdict = verdict;
        if (status != Status.SELESAI) {
            status = Status.DIEVALUASI;
        }
    }

    void closed(Instant at, String note) {
        if (closedAt == null) {
            closedAt = at;
            evaluationNote = note;
            status = Status.SELESAI;
        }
    }

    /** Shares are taken while the campaign runs: after the invitations, until the evaluation. */
    boolean takesShares() {
        return status == Status.BERJALAN;
    }

    public String ref() {
        return "KAMPANYE-" + id;
    }

    public Long getId() {
        return id;
    }

    public String getProgramme() {
        return programme;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public boolean isTargetAll() {
        return targetAll;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getWindowEnd() {
        return windowEnd;
    }

    public int getExpectedParticipation() {
        return expectedParticipation;
    }

    public Status getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Integer getTargeted() {
        return targeted;
    }

    public Integer getParticipated() {
        return participated;
    }

    public Integer getShares() {
        return shares;
    }

    public BigDecimal getParticipationRate() {
        return participationRate;
    }

    public String getVerdict() {
        return verdict;
    }

    /** The verdict as the pages show it ("Tidak tercapai"); {@link #getVerdict()} keeps the code. */
    public String verdictLabel() {
        return CampaignVerdict.labelOf(verdict);
    }

    public String getEvaluationNote() {
        return evaluationNote;
    }
}
