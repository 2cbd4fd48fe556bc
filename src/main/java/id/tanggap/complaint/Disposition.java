package id.tanggap.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The OPD routing chose, its responsible official and head, the two deadlines, and for a complaint about
 * an OPD's own official, which OPD that is (that OPD never sees the case; the Inspectorate handles it).
 */
@Embeddable
public record Disposition(
        @Column(name = "opd_code") String opdCode,
        @Column(name = "official_nip") String officialNip,
        @Column(name = "head_nip") String headNip,
        @Column(name = "response_due_at") Instant responseDueAt,
        @Column(name = "resolution_due_at") Instant resolutionDueAt,
        @Column(name = "subject_opd_code") String subjectOpdCode) {

    static final Disposition NONE = new Disposition(null, null, null, null, null, null);

    static Disposition orNone(Disposition disposition) {
        return disposition == null ? NONE : disposition;
    }

    Disposition aboutOfficialsOf(String subjectOpdCode) {
        return new Disposition(opdCode, officialNip, headNip, responseDueAt, resolutionDueAt, subjectOpdCode);
    }
}
