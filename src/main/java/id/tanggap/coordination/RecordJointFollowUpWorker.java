package id.tanggap.coordination;

import id.tanggap.complaint.JobStep;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code recordJointFollowUp}: the lead OPD consolidated the contributions into one joint follow-up. */
@Component
public class RecordJointFollowUpWorker {

    public record JointFollowUp(long complaintId, String opdCode, String jointFollowUp) {}

    private final Contributions contributions;

    RecordJointFollowUpWorker(Contributions contributions) {
        this.contributions = contributions;
    }

    @JobWorker(type = "recordJointFollowUp")
    public void recordJointFollowUp(ActivatedJob job, @VariablesAsType JointFollowUp followUp) {
        contributions.recordJointFollowUp(JobStep.of(job), followUp);
    }
}
