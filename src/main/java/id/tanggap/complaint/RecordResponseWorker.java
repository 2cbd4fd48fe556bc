package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code recordResponse}: stores the OPD's first response and the link to its public reply; the first-response
 * clock stops. The link is shown on the public tracking page, so only an http(s) address is stored; anything
 * else (a {@code javascript:} link typed or forged into the task) is dropped and the timeline says so, while
 * the response itself still counts.
 */
@Component
public class RecordResponseWorker {

    public record Responded(long complaintId, String responseText, String publicReplyUrl) {}

    private final CaseSteps steps;

    RecordResponseWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "recordResponse")
    public java.util.Map<String, Object> recordResponse(ActivatedJob job, @VariablesAsType Responded response) {
        return steps.recordResponse(JobStep.of(job), response);
    }
}
