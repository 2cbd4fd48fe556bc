package id.tanggap.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How a case ended: when (the first closing time stays), why (a reason code such as NO_REPLY, VERIFIED,
 * DUPLICATE, FORWARDED, HOAX), and for a forwarded case or a hoax, where it went or the clarification.
 */
@Embeddable
public record Closure(
        @Column(name = "closed_at") Instant closedAt,
        @Column(name = "close_reason") String reason,
        @Column(name = "forwarded_to") String forwardedTo,
        @Column(name = "hoax_clarification_url") String hoaxClarificationUrl) {

    static final Closure NONE = new Closure(null, null, null, null);
    static final String DUPLICATE = "DUPLICATE";

    static Closure orNone(Closure closure) {
        return closure == null ? NONE : closure;
    }

    Closure closed(String reason, Instant now) {
        return new Closure(closedAt == null ? now : closedAt, reason, forwardedTo, hoaxClarificationUrl);
    }

    Closure forwardedTo(String target) {
        return new Closure(closedAt, reason, target, hoaxClarificationUrl);
    }

    Closure clarifiedBy(String url) {
        return new Closure(closedAt, reason, forwardedTo, url);
    }

    boolean asDuplicate() {
        return DUPLICATE.equals(reason);
    }
}
