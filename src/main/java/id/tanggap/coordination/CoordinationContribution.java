package id.tanggap.coordination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a supporting OPD contributed to a joint follow-up. */
@Entity
@Table(name = "coordination_contribution")
class CoordinationContribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Column(name = "opd_code")
    private String opdCode;

    private String contribution;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CoordinationContribution() {}

    CoordinationContribution(
            Long complaintId,
            String dedupKey,
            String opdCode,
            String contribution,
            String evidenceUrl,
            Instant createdAt) {
        this.complaintId = complaintId;
        this.dedupKey = dedupKey;
        this.opdCode = opdCode;
        this.contribution = contribution;
        this.evidenceUrl = evidenceUrl;
        this.createdAt = createdAt;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public String getContribution() {
        return contribution;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }
}
