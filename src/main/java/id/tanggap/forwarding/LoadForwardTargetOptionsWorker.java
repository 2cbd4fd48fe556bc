package id.tanggap.forwarding;

import io.camunda.client.annotation.JobWorker;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code loadForwardTargetOptions}: the start listener of triage: the authorities outside the province a case may
 * be handed to ({@code forward_target}: the regencies and cities of NTB, SP4N-LAPOR!) as form-js options
 * ({@code valuesKey: forwardTargetOptions}), read at every activation, so a target added to the database is
 * offered without a model change (a deactivated one no longer is). Regencies and cities first, the national door last.
 */
@Component
public class LoadForwardTargetOptionsWorker {

    /** A form-js select option. */
    public record Option(String label, String value) {}

    public record ForwardTargetOptions(List<Option> forwardTargetOptions) {}

    private final ForwardTargetRepository targets;

    LoadForwardTargetOptionsWorker(ForwardTargetRepository targets) {
        this.targets = targets;
    }

    @JobWorker(type = "loadForwardTargetOptions")
    public ForwardTargetOptions loadForwardTargetOptions() {
        return new ForwardTargetOptions(targets.findAll().stream()
                .filter(ForwardTarget::isActive)
                .sorted(Comparator.comparing((ForwardTarget t) -> "NATIONAL".equals(t.getKind()))
                        .thenComparing(ForwardTarget::getName))
                .map(t -> new Option(t.getName(), t.getCode()))
                .toList());
    }
}
