package id.tanggap.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One "send back for revision" of a report: the reviewer's note, kept after the report is recompiled. */
@Entity
@Table(name = "governor_report_revision")
class ReportRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "dedup_key")
    private String dedupKey;

    private String note;

    @Column(name = "requested_at")
    private Instant requestedAt;

    protected ReportRevision() {}

    ReportRevision(Long reportId, String dedupKey, String note, Instant requestedAt) {
        this.reportId = reportId;
        this.dedupKey = dedupKey;
        this.note = note;
        this.requestedAt = requestedAt;
    }

    String getNote() {
        return note;
    }
}
