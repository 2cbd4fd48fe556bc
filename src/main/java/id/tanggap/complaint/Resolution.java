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
        @Column(name = "awaiting_confirmation") boolean awaitingConfirmation,
        @Column(name = "resolution_reply_url") String replyUrl) {

    static final Resolution NONE = new Resolution(0, null, null, null, null, null, false, null);

    static Resolution orNone(Resolution resolution) {
        return resolution == null ? NONE : resolution;
    }

    /** replyUrl: the OPD's public reply on the platform for this round, if it made one (kept apart from the response's). */
    Resolution resolved(
            int round,
            String followUpPlan,
            String evidenceUrls,
            String text,
            String replyUrl,
            String newCode,
            Instant now) {
        String code = confirmationCode == null ? newCode : confirmationCode;
        return new Resolution(round, followUpPlan, evidenceUrls, text, now, code, true, replyUrl);
    }

    /** A code handed out before any resolution (triage asked the complainant): the same code serves the rating later. */
    Resolution withCode(String newCode) {
        return confirmationCode != null
                ? this
                : new Resolution(
                        round, followUpPlan, evidenceUrls, text, resolvedAt, newCode, awaitingConfirmation, replyUrl);
    }

    /** Rated, reopened or closed: the complainant's rating is no longer awaited. */
    Resolution noLongerAwaited() {
        return new Resolution(round, followUpPlan, evidenceUrls, text, resolvedAt, confirmationCode, false, replyUrl);
    }

    /** Whether {@code code} (as typed: spaces and case do not matter) is this case's rating code. */
    public boolean acceptsCode(String code) {
        return code != null && confirmationCode != null && code.trim().equalsIgnoreCase(confirmationCode);
    }
}
