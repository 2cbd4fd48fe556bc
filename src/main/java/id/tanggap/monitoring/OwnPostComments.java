package id.tanggap.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.channels.ChannelProperties;
import id.tanggap.channels.PlatformException;
import id.tanggap.channels.XApiClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Comments of others on an account's own recent posts that the account left unanswered past the
 * service level, read with the account's token.
 *
 * <p>Facebook and Instagram, through the Graph API: the posts with their top-level comments and the
 * replies to them by field expansion (Facebook: {@code /{page}/posts?fields=id,created_time,
 * comments{id,from,created_time,comments{from,created_time}}}; Instagram: {@code /{ig-user}/media?
 * fields=id,timestamp,comments{id,from,timestamp,replies{from,timestamp}}}); where a list has more
 * ({@code paging.next}), the next page is read with its {@code paging.cursors.after} cursor: more posts,
 * more comments of a post ({@code /{post}/comments}), more replies to a comment ({@code
 * /{comment}/comments}, Instagram {@code /{comment}/replies}).
 *
 * <p>X, through the X API v2: the account's own posts of the week (those that start a conversation),
 * then the replies in those conversations by recent search ({@code conversation_id:}); a reply by
 * someone else addressed to the account ({@code in_reply_to_user_id}) is answered when the account
 * replied to it ({@code referenced_tweets} of type {@code replied_to}).
 *
 * <p>At most {@code tanggap.channels.read-page-limit} pages are read per account and run. A comment
 * whose author the platform does not disclose cannot be judged and is not counted; a refused read
 * counts only what was read before it, so the check is never failed for what the platform does not
 * let the app see.
 */
@Component
class OwnPostComments {

    private static final Logger log = LoggerFactory.getLogger(OwnPostComments.class);
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private final RestClient http;
    private final ObjectMapper json;
    private final XApiClient x;
    private final int pageLimit;

    OwnPostComments(ChannelProperties channels, ObjectMapper json, RestClient.Builder http, XApiClient x) {
        this.http = http.baseUrl(channels.meta().graphUrl()).build();
        this.json = json;
        this.x = x;
        this.pageLimit = channels.pageLimit();
    }

    /**
     * Facebook or Instagram: how many comments by others on the account's posts since {@code since}, made before
     * {@code overdueBefore}, have no reply from the account.
     */
    int unanswered(String platform, String accountId, String token, Instant since, Instant overdueBefore) {
        Graph read = new Graph("INSTAGRAM".equals(platform), accountId, token);
        try {
            read.posts(since, overdueBefore);
        } catch (RestClientException | java.io.IOException e) {
            log.info(
                    "comments of account {} on {} not readable: {}",
                    accountId,
                    platform,
                    e.getClass().getSimpleName());
        }
        return read.count;
    }

    /**
     * X: how many replies by others to the account's own posts of the week ({@code timeline}, as the activity read
     * fetched it), made before {@code overdueBefore}, the account has not replied to.
     */
    int unansweredOnX(
            String userId, String token, List<XApiClient.Tweet> timeline, Instant since, Instant overdueBefore) {
        try {
            List<String> own = timeline.stream()
                    .filter(t -> !t.createdAt().isBefore(since))
                    .filter(t ->
                            t.conversationId() == null || t.conversationId().equals(t.id()))
                    .map(XApiClient.Tweet::id)
                    .toList();
            if (own.isEmpty()) {
                return 0;
            }
            List<XApiClient.Tweet> thread = x.conversations(own, since, token);
            Set<String> answered = new HashSet<>();
            for (XApiClient.Tweet t : thread) {
                if (userId.equals(t.authorId()) && t.repliedToId() != null) {
                    answered.add(t.repliedToId());
                }
            }
            return (int) thread.stream()
                    .filter(t -> t.authorId() != null && !userId.equals(t.authorId()))
                    .filter(t -> userId.equals(t.inReplyToUserId()))
                    .filter(t -> t.createdAt().isBefore(overdueBefore))
                    .filter(t -> !answered.contains(t.id()))
                    .count();
        } catch (PlatformException e) {
            log.info("replies to X account {} not readable: {}", userId, e.getMessage());
            return 0;
        }
    }

    /** One reading of a Graph account: its pages used and the comments counted so far. */
    private final class Graph {

        private final boolean instagram;
        private final String accountId;
        private final String token;
        private final String time;
        private final String replies;
        private int pages;
        private int count;

        Graph(boolean instagram, String accountId, String token) {
            this.instagram = instagram;
            this.accountId = accountId;
            this.token = token;
            this.time = instagram ? "timestamp" : "created_time";
            this.replies = instagram ? "replies" : "comments";
        }

        void posts(Instant since, Instant overdueBefore) throws java.io.IOException {
            String fields = "id," + time + ",comments.limit(50){id,from," + time + "," + replies + ".limit(25){from,"
                    + time + "}}";
            JsonNode body = read("/" + accountId + (instagram ? "/media" : "/posts"), fields, 25, null);
            while (body != null) {
                for (JsonNode post : body.path("data")) {
                    if (post.hasNonNull(time) && at(post.path(time).asText()).isBefore(since)) {
                        return; // newest first: the rest is older still
                    }
                    comments(post.path("id").asText(), post.path("comments"), overdueBefore);
                }
                body = next(body, "/" + accountId + (instagram ? "/media" : "/posts"), fields, 25);
            }
        }

        private void comments(String postId, JsonNode list, Instant overdueBefore) throws java.io.IOException {
            String fields = "id,from," + time + "," + replies + ".limit(25){from," + time + "}";
            while (list != null) {
                for (JsonNode comment : list.path("data")) {
                    String author = comment.path("from").path("id").asText(null);
                    if (author == null || author.equals(accountId) || !comment.hasNonNull(time)) {
                        continue; // unknown author, or the account's own comment
                    }
                    if (!at(comment.path(time).asText()).isBefore(overdueBefore)) {
                        continue; // still within the service level
                    }
                    if (!answered(comment)) {
                        count++;
                    }
                }
                list = next(list, "/" + postId + "/comments", fields, 50);
            }
        }

        private boolean answered(JsonNode comment) throws java.io.IOException {
            JsonNode list = comment.path(replies);
            String path = "/" + comment.path("id").asText() + "/" + replies;
            while (list != null) {
                for (JsonNode reply : list.path("data")) {
                    if (accountId.equals(reply.path("from").path("id").asText())) {
                        return true;
                    }
                }
                list = next(list, path, "from," + time, 25);
            }
            return false;
        }

        /** The next page of a list when Graph says there is one ({@code paging.next}) and the page limit allows. */
        private JsonNode next(JsonNode list, String path, String fields, int limit) throws java.io.IOException {
            String after = list.path("paging").path("cursors").path("after").asText(null);
            if (after == null || !list.path("paging").has("next")) {
                return null;
            }
            return read(path, fields, limit, after);
        }

        private JsonNode read(String path, String fields, int limit, String after) throws java.io.IOException {
            if (pages >= pageLimit) {
                log.info(
                        "account {}: page limit of {} reached, the rest is read on the next run", accountId, pageLimit);
                return null;
            }
            pages++;
            byte[] bytes = http.get()
                    .uri(b -> {
                        var u = b.path(path).queryParam("fields", "{fields}").queryParam("limit", limit);
                        return after == null
                                ? u.build(fields)
                                : u.queryParam("after", "{after}").build(fields, after);
                    })
                    .header("Authorization", "Bearer " + token)
                    .retrieve()
                    .body(byte[].class);
            return bytes == null ? json.createObjectNode() : json.readTree(bytes);
        }
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text, GRAPH_TIME).toInstant();
    }
}
