package id.tanggap.complaint;

import id.tanggap.security.SafeLinks;
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
    public void recordHoaxClarification(
            ActivatedJob job, @Variable long complaintId, @Variable String clarificationUrl) {
        // the clarification is named on the public timeline: only an http(s) address is kept
        String link = SafeLinks.httpOrNull(clarificationUrl);
        String note = link != null ? "Klarifikasi dipublikasikan: " + link : "Klarifikasi dipublikasikan";
        cases.update(complaintId, (complaint, now) -> {
            complaint.hoaxClarified(link, now);
            cases.note(complaint, job, ComplaintStatus.HOAKS, now, "Diskominfotik", note);
            return null;
        });
        joinedReports.caseEnded(complaintId); // reports joined to a hoax go back to triage
    }
}
