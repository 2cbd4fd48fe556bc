package id.tanggap.coordination;

import id.tanggap.complaint.JobStep;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code recordContribution}: stores one supporting OPD's contribution to the joint follow-up. */
@Component
public class RecordContributionWorker {

    /** contributionEvidenceUrl may be absent. */
    public record Contributed(
            long complaintId, String supportingOpd, String contribution, String contributionEvidenceUrl) {}

    private final Contributions contributions;

    RecordContributionWorker(Contributions contributions) {
        this.contributions = contributions;
    }

    @JobWorker(type = "recordContribution")
    public void recordContribution(ActivatedJob job, @VariablesAsType Contributed contribution) {
        contributions.record(JobStep.of(job), contribution);
    }
}
