package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code reopenComplaint}: the complainant rated the result 2 or less; the case goes back to the OPD once. */
@Component
public class ReopenComplaintWorker {

    public record LowRating(long complaintId, int reopenCount, int rating) {}

    public record Reopened(int reopenCount) {}

    private final CaseSteps steps;

    ReopenComplaintWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "reopenComplaint")
    public java.util.Map<String, Object> reopenComplaint(ActivatedJob job, @VariablesAsType LowRating rating) {
        return steps.reopen(JobStep.of(job), rating);
    }
}
