package id.tanggap.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The OPD's answer: the latest response text and link to the latest public reply (a resolution replaces
 * the link), and when the first response came (it stops the first-response clock and never moves).
 */
@Embeddable
public record Response(
        @Column(name = "response_text") String text,
        @Column(name = "public_reply_url") String publicReplyUrl,
        @Column(name = "responded_at") Instant respondedAt,
        @Column(name = "first_response_at") Instant firstResponseAt) {

    static final Response NONE = new Response(null, null, null, null);

    static Response orNone(Response response) {
        return response == null ? NONE : response;
    }

    /** A further response keeps the time of the first one. */
    Response answered(String text, String publicReplyUrl, Instant now) {
        Instant first = firstResponseAt == null ? now : firstResponseAt;
        Instant responded = firstResponseAt == null ? now : respondedAt;
        return new Response(text, publicReplyUrl, responded, first);
    }

    /** Answered directly on the platform: the first-response clock stops, the text stays the OPD's own. */
    Response answeredOnPlatform(Instant now) {
        return firstResponseAt != null ? this : new Response(text, publicReplyUrl, now, now);
    }
}
