package id.tanggap.triage;

import id.tanggap.forwarding.ForwardTargetChoices;
import id.tanggap.routing.LoadOpdOptionsWorker;
import io.camunda.client.annotation.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code loadTriageOptions}: the start listener of triage: what its form offers, read at every activation so that
 * master data changes apply to the next task without a model change: the OPDs of the register ({@code valuesKey:
 * opdOptions}, as {@code loadOpdOptions} gives the other OPD forms) and the forwarding targets outside the province
 * ({@code valuesKey: forwardTargetOptions}). One listener, not two: each listener is a job the engine must hand out
 * and complete before the task appears, and triage is on every case's path (the bench's first stretch).
 */
@Component
public class LoadTriageOptionsWorker {

    public record TriageOptions(
            List<LoadOpdOptionsWorker.Option> opdOptions, List<ForwardTargetChoices.Option> forwardTargetOptions) {}

    private final LoadOpdOptionsWorker opds;
    private final ForwardTargetChoices targets;

    LoadTriageOptionsWorker(LoadOpdOptionsWorker opds, ForwardTargetChoices targets) {
        this.opds = opds;
        this.targets = targets;
    }

    @JobWorker(type = "loadTriageOptions")
    public TriageOptions loadTriageOptions() {
        return new TriageOptions(opds.loadOpdOptions().opdOptions(), targets.active());
    }
}
