package id.tanggap.routing;

import io.camunda.client.annotation.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code loadOpdOptions}: the start listener of the user tasks whose forms let someone pick an OPD (triage,
 * decide-authority, respond-to-complaint): the OPDs of the register as form-js options ({@code valuesKey:
 * opdOptions}), read at every activation, so an OPD added to the database is offered without a model change (and a deactivated one no longer is).
 */
@Component
public class LoadOpdOptionsWorker {

    /** A form-js select option. */
    public record Option(String label, String value) {}

    public record OpdOptions(List<Option> opdOptions) {}

    private final Opds opds;

    LoadOpdOptionsWorker(Opds opds) {
        this.opds = opds;
    }

    @JobWorker(type = "loadOpdOptions")
    public OpdOptions loadOpdOptions() {
        return new OpdOptions(opds.active().stream()
                .map(o -> new Option(o.shortName(), o.code()))
                .toList());
    }
}
