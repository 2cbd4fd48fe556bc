package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code recordHoaxClarification}: the published clarification is recorded and the case closes as hoax clarified. */
@Component
public class RecordHoaxClarificationWorker {

    private final CaseSteps steps;

    RecordHoaxClarificationWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "recordHoaxClarification")
    public void recordHoaxClarification(
            ActivatedJob job, @Variable long complaintId, @Variable String clarificationUrl) {
        steps.recordHoaxClarification(JobStep.of(job), complaintId, clarificationUrl);
    }
}
