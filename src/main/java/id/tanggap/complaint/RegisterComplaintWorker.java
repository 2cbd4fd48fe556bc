package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code registerComplaint}: links the stored case to its process instance and hands the process
 * what routing and the OPD's task need. The reporter's identity never enters the process.
 */
@Component
public class RegisterComplaintWorker {

    /**
     * suggestedDuplicate*: the open case intake found this report probably repeats, shown in triage for
     * Diskominfo to confirm or reject (null when there is none). evidenceUploadUrl: the page where the OPD uploads
     * its photo evidence, linked from the resolve form.
     */
    public record RegisteredComplaint(
            String ticket,
            String category,
            String complaintText,
            String channel,
            String region,
            String suggestedDuplicateTicket,
            String suggestedDuplicateCategory,
            String suggestedDuplicateText,
            String evidenceUploadUrl) {}

    private final CaseSteps steps;

    RegisterComplaintWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "registerComplaint")
    public java.util.Map<String, Object> registerComplaint(ActivatedJob job, @Variable long complaintId) {
        return steps.register(JobStep.of(job), complaintId);
    }
}
