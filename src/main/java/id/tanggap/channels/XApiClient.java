package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** X API v2 calls of the official accounts: a reply tweet and a direct message (user-context bearer token). */
@Component
public class XApiClient {

    private final RestClient http;
    private final ObjectMapper json;

    XApiClient(ChannelProperties properties, ObjectMapper json) {
        this.http = RestClient.builder().baseUrl(properties.x().apiUrl()).build();
        this.json = json;
    }

    public String replyToTweet(String tweetId, String text, String token) {
        return post("/2/tweets", Map.of("text", text, "reply", Map.of("in_reply_to_tweet_id", tweetId)), token).path("data").path("id").asText();
    }

    public String sendDirectMessage(String participantId, String text, String token) {
        return post("/2/dm_conversations/with/" + participantId + "/messages", Map.of("text", text), token)
                .path("data").path("dm_event_id").asText();
    }

    /** The time of the account's latest tweet (GET /2/users/:id/tweets); null if none. */
    public java.time.Instant latestTweetTime(String userId, String token) {
        try {
            JsonNode body = http.get().uri(b -> b.path("/2/users/" + userId + "/tweets").queryParam("max_results", 5)
                    .queryParam("tweet.fields", "created_at").build()).header("Authorization", "Bearer " + token)
                    .exchange((req, res) -> {
                        byte[] bytes = res.getBody().readAllBytes();
                        JsonNode node = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
                        if (res.getStatusCode().isError()) {
                            int status = res.getStatusCode().value();
                            throw new PlatformException("X API " + status + ": " + node.path("detail").asText(node.path("title").asText("")),
                                    status == 401 || status == 403);
                        }
                        return node;
                    });
            String t = body.path("data").path(0).path("created_at").asText(null);
            return t == null ? null : java.time.Instant.parse(t);
        } catch (RestClientException e) {
            if (e.getCause() instanceof PlatformException p) {
                throw p;
            }
            throw new PlatformException("X API unreachable: " + e.getMessage(), false);
        }
    }

    private JsonNode post(String path, Object body, String token) {
        try {
            return http.post().uri(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(body)
                    .exchange((req, res) -> {
                        byte[] bytes = res.getBody().readAllBytes();
                        JsonNode node = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
                        if (res.getStatusCode().isError()) {
                            int status = res.getStatusCode().value();
                            String detail = node.path("detail").asText(node.path("title").asText(node.toString()));
                            throw new PlatformException("X API " + status + ": " + detail, status == 401 || status == 403);
                        }
                        return node;
                    });
        } catch (RestClientException e) {
            if (e.getCause() instanceof PlatformException p) {
                throw p;
            }
            throw new PlatformException("X API unreachable: " + e.getMessage(), false);
        }
    }
}
