package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code closeComplaint}: closes the case, after a supervisor's verification or when the complainant did not reply. */
@Component
public class CloseComplaintWorker {

    private final CaseUpdates cases;
    private final JoinedReports joinedReports;

    CloseComplaintWorker(CaseUpdates cases, JoinedReports joinedReports) {
        this.cases = cases;
        this.joinedReports = joinedReports;
    }

    @JobWorker(type = "closeComplaint")
    public void closeComplaint(ActivatedJob job, @Variable long complaintId, @Variable String closeReason) {
        cases.update(complaintId, (complaint, now) -> {
            complaint.close(closeReason, now);
            String note = "NO_REPLY".equals(closeReason)
                    ? "Ditutup otomatis: tidak ada balasan pelapor dalam batas waktu konfirmasi"
                    : "Ditutup setelah diverifikasi pengawas";
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.DITUTUP,
                    now,
                    "NO_REPLY".equals(closeReason) ? "Sistem Tanggap" : "Pengawas",
                    note);
            return null;
        });
        joinedReports.caseEnded(complaintId); // reports joined to this case close with it
    }
}
