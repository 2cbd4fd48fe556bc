package id.tanggap.officials;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * {@code resolvePositionHolder}: the end listener of routing in versions of complaint-handling deployed before
 * {@code recordDisposition} resolved the holder itself ({@link ResponsibleOfficials}). Kept for the instances started on
 * those versions, which go on running them; the current model no longer uses it.
 */
@Component
public class ResolvePositionHolderWorker {

    private final ResponsibleOfficials holders;

    ResolvePositionHolderWorker(ResponsibleOfficials holders) {
        this.holders = holders;
    }

    @JobWorker(type = "resolvePositionHolder")
    public ResponsibleOfficials.Resolved resolvePositionHolder(
            @Variable String opdCode, @Variable(optional = true) String position) {
        return holders.resolve(opdCode, position);
    }
}
