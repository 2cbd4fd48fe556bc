package id.tanggap.complaint;

import java.time.Instant;

/**
 * A new entry on a case's public timeline (what /lacak shows), published in the transaction that wrote it, once per
 * entry: a redelivered step finds its entry and publishes nothing. Whoever tells the complainant listens to this.
 *
 * @param eventKey the step that produced it ("type:elementInstanceKey", "intake", ...): with the case, the key of
 *     the change
 */
public record PublicChange(
        long complaintId,
        String ticket,
        String eventKey,
        ComplaintStatus status,
        String actor,
        String note,
        Instant at) {}
