package id.tanggap.complainantnotice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP SMS gateway of docs/channels/sms-gateway.md: {@code POST {url}} with a bearer token and a JSON body
 * {@code {to, from, text, reference}}; {@code reference} doubles as the Idempotency-Key, so a retry after a lost
 * answer sends no second SMS from a gateway that honours it.
 */
@Component
class SmsGateway {

    static final String PREFIX = "tanggap.complainant-notice.sms.";

    private final Environment env;
    private final RestClient.Builder http;

    /**
     * The gateway's settings ({@code tanggap.complainant-notice.sms.url}, {@code .token}, {@code .sender}) are read
     * at each use, so that whether one is configured is decided per notice (and a test can switch it).
     */
    SmsGateway(Environment env, RestClient.Builder http) {
        this.env = env;
        this.http = http;
    }

    boolean configured() {
        String url = env.getProperty(PREFIX + "url");
        return url != null && !url.isBlank();
    }

    /** @return the gateway's id of the message */
    String send(String to, String text, String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("from", env.getProperty(PREFIX + "sender", "TANGGAP"));
        body.put("text", text);
        body.put("reference", reference);
        try {
            JsonNode answer = http.clone()
                    .build()
                    .post()
                    .uri(env.getProperty(PREFIX + "url", ""))
                    .header("Authorization", "Bearer " + env.getProperty(PREFIX + "token", ""))
                    .header("Idempotency-Key", reference)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class);
            return "sms:" + (answer == null ? "?" : answer.path("id").asText("?"));
        } catch (HttpClientErrorException e) {
            // 429 says "later"; any other 4xx will be refused again
            throw new NoticeRefused(
                    "SMS gateway answered " + e.getStatusCode().value(),
                    e.getStatusCode().value() != 429);
        } catch (RestClientException e) {
            throw new NoticeRefused(
                    "SMS gateway unreachable or failing: " + e.getClass().getSimpleName(), false);
        }
    }
}
