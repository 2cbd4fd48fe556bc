package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code recordVerification}: Diskominfo found the complaint valid; its category, urgency and type are stored as corrected. */
@Component
public class RecordVerificationWorker {

    public record Verification(long complaintId, String category, String urgency, String complaintType) {}

    private final CaseSteps steps;

    RecordVerificationWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "recordVerification")
    public void recordVerification(ActivatedJob job, @VariablesAsType Verification verification) {
        steps.recordVerification(JobStep.of(job), verification);
    }
}
