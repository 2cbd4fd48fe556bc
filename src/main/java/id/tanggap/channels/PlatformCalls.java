package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.function.Function;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The one way the platform clients send a request and read its JSON answer: an empty body reads as
 * an empty object, a refusal (as each API spells it) and an unreachable API both become a
 * {@link PlatformException}, so callers handle a single exception type.
 */
final class PlatformCalls {

    /** Reads an answer; returns the refusal to throw, or null when the answer is fine. */
    @FunctionalInterface
    interface Refusal {
        PlatformException of(HttpStatusCode status, JsonNode body) throws IOException;
    }

    private PlatformCalls() {}

    /**
     * {@code unreachable} words the exception when no answer came; the OAuth clients pass only the
     * exception's class because its message may carry the request URL with a code or secret in it.
     */
    static JsonNode send(
            RestClient.RequestHeadersSpec<?> request,
            ObjectMapper json,
            Refusal refusal,
            Function<RestClientException, String> unreachable) {
        try {
            return request.exchange((req, res) -> {
                byte[] bytes = res.getBody().readAllBytes();
                JsonNode node = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
                PlatformException refused = refusal.of(res.getStatusCode(), node);
                if (refused != null) {
                    throw refused;
                }
                return node;
            });
        } catch (RestClientException e) {
            if (e.getCause() instanceof PlatformException p) {
                throw p;
            }
            throw new PlatformException(unreachable.apply(e), false);
        }
    }
}
