package id.tanggap.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.channels.ChannelProperties;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Comments of others on an account's own recent posts that the account left unanswered past the
 * service level, read through the Graph API with the account's token (one request: the posts with
 * their top-level comments and the replies to them, by field expansion). Facebook: {@code
 * /{page}/posts?fields=id,created_time,comments{id,from,created_time,comments{from,created_time}}};
 * Instagram: {@code /{ig-user}/media?fields=id,timestamp,comments{id,from,timestamp,replies{from,timestamp}}}.
 * A comment whose author the platform does not disclose ({@code from} missing without the page's
 * permission to read user content) cannot be judged and is not counted; a refused read counts nothing,
 * so the check is never failed for what the platform does not let the app see.
 */
@Component
class OwnPostComments {

    private static final Logger log = LoggerFactory.getLogger(OwnPostComments.class);
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private final RestClient http;
    private final ObjectMapper json;

    OwnPostComments(ChannelProperties channels, ObjectMapper json, RestClient.Builder http) {
        this.http = http.baseUrl(channels.meta().graphUrl()).build();
        this.json = json;
    }

    /** How many comments by others on the account's posts since {@code since}, made before {@code overdueBefore}, have no reply from the account. */
    int unanswered(String platform, String accountId, String token, Instant since, Instant overdueBefore) {
        boolean instagram = "INSTAGRAM".equals(platform);
        String time = instagram ? "timestamp" : "created_time";
        String replies = instagram ? "replies" : "comments";
        String fields =
                "id," + time + ",comments.limit(50){id,from," + time + "," + replies + ".limit(25){from," + time + "}}";
        JsonNode body;
        try {
            byte[] bytes = http.get()
                    .uri(b -> b.path("/" + accountId + (instagram ? "/media" : "/posts"))
                            .queryParam("fields", "{fields}")
                            .queryParam("limit", 25)
                            .build(fields))
                    .header("Authorization", "Bearer " + token)
                    .retrieve()
                    .body(byte[].class);
            body = bytes == null ? json.createObjectNode() : json.readTree(bytes);
        } catch (RestClientException | java.io.IOException e) {
            log.info(
                    "comments of account {} on {} not readable: {}",
                    accountId,
                    platform,
                    e.getClass().getSimpleName());
            return 0;
        }
        int count = 0;
        for (JsonNode post : body.path("data")) {
            if (post.hasNonNull(time) && at(post.path(time).asText()).isBefore(since)) {
                continue;
            }
            for (JsonNode comment : post.path("comments").path("data")) {
                String author = comment.path("from").path("id").asText(null);
                if (author == null || author.equals(accountId) || !comment.hasNonNull(time)) {
                    continue; // unknown author, or the account's own comment
                }
                if (!at(comment.path(time).asText()).isBefore(overdueBefore)) {
                    continue; // still within the service level
                }
                boolean answered = false;
                for (JsonNode reply : comment.path(replies).path("data")) {
                    answered |= accountId.equals(reply.path("from").path("id").asText());
                }
                if (!answered) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text, GRAPH_TIME).toInstant();
    }
}
