package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code followPrimaryCase}: the case a report was joined to has ended. Closed after handling, the
 * report stays closed with it. Ended as hoax or forwarded elsewhere (or never joined at all), the
 * report is a case of its own again and goes back to triage: a report is never lost with a decoy.
 */
@Component
public class FollowPrimaryCaseWorker {

    static final String CLOSED = "CLOSED";
    static final String TRIAGE = "TRIAGE";

    /**
     * followPrimary: CLOSED or TRIAGE. The process clears the old triage decision and suggestion itself
     * (output mapping): the next triage starts fresh.
     */
    public record Followed(String followPrimary) {}

    private final CaseSteps steps;

    FollowPrimaryCaseWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "followPrimaryCase")
    public Followed followPrimaryCase(ActivatedJob job, @Variable long complaintId) {
        return new Followed(steps.followPrimaryCase(JobStep.of(job), complaintId));
    }
}
