package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code recordHoaxClarification}: the published clarification is recorded and the case closes as hoax clarified. */
@Component
public class RecordHoaxClarificationWorker {

    private final CaseUpdates cases;
    private final JoinedReports joinedReports;

    RecordHoaxClarificationWorker(CaseUpdates cases, JoinedReports joinedReports) {
        this.cases = cases;
        this.joinedReports = joinedReports;
    }

    @JobWorker(type = "recordHoaxClarification")
    public void recordHoaxClarification(ActivatedJob job, @Variable long complaintId, @Variable String clarificationUrl) {
        cases.update(complaintId, (complaint, now) -> {
            complaint.hoaxClarified(clarificationUrl, now);
            cases.note(complaint, job, ComplaintStatus.HOAKS, now, "Diskominfotik", "Klarifikasi dipublikasikan: " + clarificationUrl);
            return null;
        });
        joinedReports.caseEnded(complaintId); // reports joined to a hoax go back to triage
    }
}
