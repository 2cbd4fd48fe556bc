package id.tanggap.officials;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code resolvePositionHolder}: the end listener of routing (complaint-routing.dmn decides the OPD and the
 * position): who holds that position today is the responsible official, the OPD's echelon II official its head.
 * A vacant or unknown position falls to the head, so a case is never left without someone to answer for it.
 * Read at every routing (and re-routing), so a change of holder takes effect on the next case.
 */
@Component
public class ResolvePositionHolderWorker {

    private static final Logger log = LoggerFactory.getLogger(ResolvePositionHolderWorker.class);

    /** headNip is null when the OPD has no head registered. */
    public record Resolved(String officialNip, String headNip) {}

    private final Officials officials;

    ResolvePositionHolderWorker(Officials officials) {
        this.officials = officials;
    }

    @JobWorker(type = "resolvePositionHolder")
    public Resolved resolvePositionHolder(@Variable String opdCode, @Variable(optional = true) String position) {
        Official head = officials.headOf(opdCode).orElse(null);
        Official holder = officials.holderOf(opdCode, position).orElse(null);
        if (holder == null) {
            if (head == null) {
                throw new IllegalStateException(
                        "OPD " + opdCode + ": position " + position + " has no holder and the OPD no head");
            }
            log.info("OPD {}: position {} has no holder, the case goes to the head", opdCode, position);
            holder = head;
        }
        return new Resolved(holder.getNip(), head == null ? null : head.getNip());
    }
}
