package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatusCode;

/**
 * How X says no, read in one place for the API and the OAuth clients: an error status with either the v2 problem
 * ({@code title}, {@code detail}) or OAuth 2.0's ({@code error}, {@code error_description}). Which statuses are
 * final is the caller's (a 400 of the token endpoint is a used or revoked grant; of the API, a bad request).
 */
final class XErrors {

    private XErrors() {}

    /** The refusal to throw for this answer, or null when it is not an error; {@code permanent}: which statuses are final. */
    static PlatformException of(HttpStatusCode statusCode, JsonNode node, java.util.function.IntPredicate permanent) {
        if (!statusCode.isError()) {
            return null;
        }
        int status = statusCode.value();
        String what = node.path("error").asText(node.path("title").asText(""));
        String detail =
                node.path("error_description").asText(node.path("detail").asText(""));
        String text = (what + " " + detail).trim();
        return new PlatformException(
                "X API " + status + ": " + (text.isEmpty() ? "error" : text), permanent.test(status), status);
    }
}
