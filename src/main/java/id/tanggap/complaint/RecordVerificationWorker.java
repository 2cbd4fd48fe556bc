package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code recordVerification}: Diskominfo found the complaint valid; its category, urgency and type are stored as
 * corrected, and the case's region (perhaps set by a place shared during triage) goes to routing.
 */
@Component
public class RecordVerificationWorker {

    public record Verification(long complaintId, String category, String urgency, String complaintType) {}

    private final CaseSteps steps;

    RecordVerificationWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "recordVerification")
    public java.util.Map<String, Object> recordVerification(
            ActivatedJob job, @VariablesAsType Verification verification) {
        return steps.recordVerification(JobStep.of(job), verification);
    }
}
