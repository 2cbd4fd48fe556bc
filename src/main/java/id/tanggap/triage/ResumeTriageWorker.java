package id.tanggap.triage;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.ComplaintStatus;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code resumeTriage}: the case goes back to Diskominfo's triage, because the hold ended
 * ({@code resumeReason = "HOLD_ENDED"}) or the complainant sent the information asked for
 * ({@code "INFO_RECEIVED"}).
 */
@Component
public class ResumeTriageWorker {

    private final CaseUpdates cases;

    ResumeTriageWorker(CaseUpdates cases) {
        this.cases = cases;
    }

    @JobWorker(type = "resumeTriage")
    public void resumeTriage(ActivatedJob job, @Variable long complaintId, @Variable String resumeReason) {
        cases.update(complaintId, (complaint, now) -> {
            complaint.backToTriage(now);
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.DITERIMA,
                    now,
                    "Diskominfotik",
                    "HOLD_ENDED".equals(resumeReason)
                            ? "Masa penundaan berakhir: aduan diverifikasi kembali"
                            : "Informasi tambahan dari pelapor diterima: aduan diverifikasi kembali");
            return null;
        });
    }
}
