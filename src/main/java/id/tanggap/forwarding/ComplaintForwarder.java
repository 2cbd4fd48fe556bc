package id.tanggap.forwarding;

import id.tanggap.complaint.Complaint;

/**
 * The port through which a case outside the province's authority leaves Tanggap. The e-mail
 * adapter serves every target with an address; an SP4N-LAPOR! HTTP adapter plugs in here too.
 */
public interface ComplaintForwarder {

    /** Whether this adapter delivers to the target. */
    boolean serves(ForwardTarget target);

    /** Delivers the case (idempotently for the same dedup key); returns a reference to show on the timeline. */
    String forward(ForwardTarget target, Complaint complaint, String dedupKey);
}
