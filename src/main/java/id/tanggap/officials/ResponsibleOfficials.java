package id.tanggap.officials;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who answers for a case routed to a position (complaint-routing.dmn decides the OPD and the position): who holds
 * that position today is the responsible official, the OPD's echelon II official its head. A vacant or unknown
 * position falls to the head, so a case is never left without someone to answer for it. Read at every disposition
 * (and re-disposition), so a change of holder takes effect on the next case.
 */
@Component
public class ResponsibleOfficials {

    private static final Logger log = LoggerFactory.getLogger(ResponsibleOfficials.class);

    /** headNip is null when the OPD has no head registered. */
    public record Resolved(String officialNip, String headNip) {}

    private final Officials officials;

    ResponsibleOfficials(Officials officials) {
        this.officials = officials;
    }

    public Resolved resolve(String opdCode, String position) {
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
