package id.tanggap.triage;

import id.tanggap.complaint.ArchiveReason;
import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.JoinedReports;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code archiveComplaint}: the case ends in triage without handling, with a public reason: the
 * report is incomplete ({@code archiveReason = "INCOMPLETE"}, Diskominfo's note says what is
 * missing) or the complainant did not answer the question in time ({@code "NO_INFO"}).
 */
@Component
public class ArchiveComplaintWorker {

    private final CaseUpdates cases;
    private final JoinedReports joinedReports;

    ArchiveComplaintWorker(CaseUpdates cases, JoinedReports joinedReports) {
        this.cases = cases;
        this.joinedReports = joinedReports;
    }

    @JobWorker(type = "archiveComplaint")
    public void archiveComplaint(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String archiveReason,
            @Variable(optional = true) String archiveNote) {
        ArchiveReason why = ArchiveReason.of(archiveReason);
        String reason = why == ArchiveReason.NO_INFO
                ? "Diarsipkan: pelapor tidak mengirim informasi tambahan yang diminta dalam 10 hari kerja"
                : "Diarsipkan: aduan tidak lengkap"
                        + (archiveNote == null || archiveNote.isBlank() ? "" : " (" + archiveNote.trim() + ")");
        cases.update(complaintId, (complaint, now) -> {
            complaint.archivedInTriage(why, now);
            cases.note(complaint, job, ComplaintStatus.DITUTUP, now, "Diskominfotik", reason);
            return null;
        });
        joinedReports.caseEnded(complaintId); // reports joined to this case end with it, as for a closed case
    }
}
