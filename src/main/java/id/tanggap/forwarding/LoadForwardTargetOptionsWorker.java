package id.tanggap.forwarding;

import io.camunda.client.annotation.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code loadForwardTargetOptions}: triage's second start listener in versions of complaint-handling deployed before
 * {@code loadTriageOptions} took its place. Kept for the instances started on those versions, which go on running
 * them (a case sent back to triage activates the listener again); the current model no longer uses it.
 */
@Component
public class LoadForwardTargetOptionsWorker {

    public record ForwardTargetOptions(List<ForwardTargetChoices.Option> forwardTargetOptions) {}

    private final ForwardTargetChoices targets;

    LoadForwardTargetOptionsWorker(ForwardTargetChoices targets) {
        this.targets = targets;
    }

    @JobWorker(type = "loadForwardTargetOptions")
    public ForwardTargetOptions loadForwardTargetOptions() {
        return new ForwardTargetOptions(targets.active());
    }
}
