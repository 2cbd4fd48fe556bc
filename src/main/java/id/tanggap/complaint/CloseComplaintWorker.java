package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code closeComplaint}: closes the case, after a supervisor's verification or when the complainant did not reply. */
@Component
public class CloseComplaintWorker {

    private final CaseSteps steps;

    CloseComplaintWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "closeComplaint")
    public void closeComplaint(ActivatedJob job, @Variable long complaintId, @Variable String closeReason) {
        steps.close(JobStep.of(job), complaintId, closeReason);
    }
}
