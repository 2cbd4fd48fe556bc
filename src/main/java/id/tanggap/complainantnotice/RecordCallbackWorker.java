package id.tanggap.complainantnotice;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.JobStep;
import id.tanggap.complaint.Timeline;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code recordCallback}: notes the call center's call-back on the case, for staff only (it is not a change of the
 * case, and the complainant heard it by phone). Once per task, however often the job is delivered.
 */
@Component
public class RecordCallbackWorker {

    private final CaseUpdates cases;
    private final Timeline timeline;

    RecordCallbackWorker(CaseUpdates cases, Timeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @JobWorker(type = "recordCallback")
    public void recordCallback(ActivatedJob job, @Variable long complaintId, @Variable String callbackOutcome) {
        String note = "REACHED".equals(callbackOutcome)
                ? "Call center menelepon balik pelapor dan menyampaikan pemberitahuan"
                : "Call center tidak dapat menghubungi pelapor; pemberitahuan tetap ada di halaman pelacakan";
        cases.update(complaintId, (complaint, now) -> {
            timeline.recordInternal(complaint, JobStep.of(job).key(), complaint.getStatus(), now, "Call center", note);
            return null;
        });
    }
}
