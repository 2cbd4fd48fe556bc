package id.tanggap.audit;

import java.time.Instant;

/** One row of the audit trail as the search page and API show it. */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String actorRoles,
        String action,
        String subject,
        String detail,
        String clientIp) {

    /** The action as the page names it ("Gagal masuk"); {@link #action()} keeps the code. */
    public String actionLabel() {
        return AuditAction.labelOf(action);
    }
}
