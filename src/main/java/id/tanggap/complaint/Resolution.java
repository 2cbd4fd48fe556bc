package id.tanggap.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The OPD's follow-up, round by round (a reopened case is resolved again in the next round), and the code
 * the complainant rates it with; the code stays the same over the rounds, the notices carry it once.
 */
@Embeddable
public record Resolution(
        @Column(name = "resolution_round") int round,
        @Column(name = "follow_up_plan") String followUpPlan,
        @Column(name = "evidence_urls") String evidenceUrls,
        @Column(name = "resolution_text") String text,
        @Column(name = "resolved_at") Instant resolvedAt,
        @Column(name = "confirmation_code") String confirmationCode,
        @Column(name = "awaiting_confirmation") boolean awaitingConfirmation) {

    static final Resolution NONE = new Resolution(0, null, null, null, null, null, false);

    static Resolution orNone(Resolution resolution) {
        return resolution == null ? NONE : resolution;
    }

    Resolution resolved(int round, String followUpPlan, String evidenceUrls, String text, String newCode, Instant now) {
        String code = confirmationCode == null ? newCode : confirmationCode;
        return new Resolution(round, followUpPlan, evidenceUrls, text, now, code, true);
    }

    /** A code handed out before any resolution (triage asked the complainant): the same code serves the rating later. */
    Resolution withCode(String newCode) {
        return confirmationCode != null
                ? this
                : new Resolution(round, followUpPlan, evidenceUrls, text, resolvedAt, newCode, awaitingConfirmation);
    }

    /** Rated, reopened or closed: the complainant's rating is no longer awaited. */
    Resolution noLongerAwaited() {
        return new Resolution(round, followUpPlan, evidenceUrls, text, resolvedAt, confirmationCode, false);
    }

    /** Whether {@code code} (as typed: spaces and case do not matter) is this case's rating code. */
    public boolean acceptsCode(String code) {
        return code != null && confirmationCode != null && code.trim().equalsIgnoreCase(confirmationCode);
    }
}
