package id.tanggap.forwarding;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The authorities outside the province a case may be handed to ({@code forward_target}: the regencies and cities of
 * NTB, SP4N-LAPOR!) as form-js options for triage ({@code valuesKey: forwardTargetOptions}), read at every
 * activation by triage's start listener {@code loadTriageOptions}, so a target added to the database is offered
 * without a model change (a deactivated one no longer is). Regencies and cities first, the national door last.
 */
@Component
public class ForwardTargetChoices {

    /** A form-js select option. */
    public record Option(String label, String value) {}

    private final ForwardTargetRepository targets;

    ForwardTargetChoices(ForwardTargetRepository targets) {
        this.targets = targets;
    }

    /** The active targets, regencies and cities by name, then the national door. */
    public List<Option> active() {
        return targets.findAll().stream()
                .filter(ForwardTarget::isActive)
                .sorted(Comparator.comparing((ForwardTarget t) -> "NATIONAL".equals(t.getKind()))
                        .thenComparing(ForwardTarget::getName))
                .map(t -> new Option(t.getName(), t.getCode()))
                .toList();
    }
}
