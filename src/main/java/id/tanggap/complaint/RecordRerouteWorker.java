package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code recordReroute}: the OPD declared the case outside its authority ("bukan wewenang"); counts
 * the re-route (the count comes from the job, so a redelivery counts the same) and records why.
 */
@Component
public class RecordRerouteWorker {

    public record NotOurAuthority(long complaintId, int rerouteCount, String opdCode, String notAuthorityReason) {}

    public record Rerouted(int rerouteCount) {}

    private final CaseSteps steps;

    RecordRerouteWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "recordReroute")
    public Rerouted recordReroute(ActivatedJob job, @VariablesAsType NotOurAuthority reroute) {
        return steps.recordReroute(JobStep.of(job), reroute);
    }
}
