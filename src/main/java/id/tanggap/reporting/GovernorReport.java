package id.tanggap.reporting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A report to the Governor for a period, with its PDF and workbook; APPROVED ones were sent and are the archive. */
@Entity
@Table(name = "governor_report")
class GovernorReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_key")
    private String reportKey;

    @Column(name = "period_kind")
    private String periodKind;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    private String status;
    private String summary;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] xlsx;

    @Column(name = "compiled_at")
    private Instant compiledAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "revision_notes")
    private String revisionNotes;

    protected GovernorReport() {}

    GovernorReport(String reportKey, String periodKind) {
        this.reportKey = reportKey;
        this.periodKind = periodKind;
    }

    void compiled(
            LocalDate from, LocalDate to, String summary, byte[] pdf, byte[] xlsx, String revisionNotes, Instant now) {
        this.periodFrom = from;
        this.periodTo = to;
        this.summary = summary;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.revisionNotes = revisionNotes;
        this.status = "COMPILED";
        this.compiledAt = now;
    }

    /** The reviewer's executive summary replaces the compiled one, with the PDF that prints it. */
    void summaryEdited(String summary, byte[] pdf) {
        this.summary = summary;
        this.pdf = pdf;
    }

    void approved(Instant now) {
        this.status = "APPROVED";
        if (this.approvedAt == null) {
            this.approvedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getReportKey() {
        return reportKey;
    }

    public String getPeriodKind() {
        return periodKind;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public byte[] getXlsx() {
        return xlsx;
    }

    public Instant getCompiledAt() {
        return compiledAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
