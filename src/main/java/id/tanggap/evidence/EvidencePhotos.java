package id.tanggap.evidence;

import id.tanggap.complaint.ResolutionEvidence;
import id.tanggap.shared.TanggapProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The evidence photos of each case ({@code evidence_photo}); their files are in the upload folder, served at /lampiran/. */
@Component
class EvidencePhotos implements ResolutionEvidence {

    record Stored(String fileName, String caption, String uploadedBy, Instant uploadedAt) {}

    private final JdbcClient jdbc;
    private final String attachmentBase;

    EvidencePhotos(JdbcClient jdbc, TanggapProperties properties) {
        this.jdbc = jdbc;
        this.attachmentBase = properties.publicBaseUrl().replaceAll("/$", "") + "/lampiran/";
    }

    /** Only photos the OPD declared checked for faces and people's data are ever stored (the page refuses the rest). */
    void add(long complaintId, String fileName, String caption, String opdCode, String uploadedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO evidence_photo
                            (complaint_id, file_name, caption, opd_code, uploaded_by, people_checked, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, TRUE, ?)""")
                .params(complaintId, fileName, caption, opdCode, uploadedBy, Timestamp.from(at))
                .update();
    }

    List<Stored> ofCase(long complaintId) {
        return jdbc.sql("""
                        SELECT file_name, caption, uploaded_by, uploaded_at FROM evidence_photo
                        WHERE complaint_id = ? AND people_checked ORDER BY uploaded_at, id""")
                .param(complaintId)
                .query((rs, i) -> new Stored(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    String link(String fileName) {
        return attachmentBase + fileName;
    }

    @Override
    public List<String> photoLinks(long complaintId) {
        return ofCase(complaintId).stream().map(s -> link(s.fileName())).toList();
    }
}
