package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code recordResolution}: stores the follow-up, the evidence and the public reply; the resolution
 * clock stops and the complainant gets a code to rate the result with.
 */
@Component
public class RecordResolutionWorker {

    /** resolutionRound: the rounds so far (this one is the next); evidenceUrls may be absent. */
    public record Resolved(
            long complaintId,
            int resolutionRound,
            String followUpPlan,
            String evidenceUrls,
            String resolutionText,
            String publicReplyUrl) {}

    /** Each resolution is a round; the complainant's rating is correlated to its round only. */
    public record ResolutionRecorded(int resolutionRound) {}

    private final CaseSteps steps;

    RecordResolutionWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "recordResolution")
    public java.util.Map<String, Object> recordResolution(ActivatedJob job, @VariablesAsType Resolved resolution) {
        return steps.recordResolution(JobStep.of(job), resolution);
    }
}
