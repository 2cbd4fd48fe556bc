package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** X API v2 calls of the official accounts: a reply tweet and a direct message (user-context bearer token). */
@Component
public class XApiClient {

    /** A post as the timeline and search read it; {@code conversationId} equals {@code id} for a post that starts one. */
    public record Tweet(
            String id,
            String authorId,
            java.time.Instant createdAt,
            String conversationId,
            String inReplyToUserId,
            String repliedToId) {}

    /** How many conversations one recent search asks for (X's query is limited to 512 characters). */
    private static final int CONVERSATIONS_PER_QUERY = 10;

    private final RestClient http;
    private final ObjectMapper json;
    private final int pageLimit;

    /** {@code http}: Spring Boot's builder, with the connect and read timeouts of spring.http.client.* */
    XApiClient(ChannelProperties properties, ObjectMapper json, RestClient.Builder http) {
        this.http = http.baseUrl(properties.x().apiUrl()).build();
        this.json = json;
        this.pageLimit = properties.pageLimit();
    }

    public String replyToTweet(String tweetId, String text, String token) {
        return post("/2/tweets", Map.of("text", text, "reply", Map.of("in_reply_to_tweet_id", tweetId)), token)
                .path("data")
                .path("id")
                .asText();
    }

    public String sendDirectMessage(String participantId, String text, String token) {
        return post("/2/dm_conversations/with/" + participantId + "/messages", Map.of("text", text), token)
                .path("data")
                .path("dm_event_id")
                .asText();
    }

    /**
     * The account's tweets (GET /2/users/:id/tweets with created_at and conversation_id), newest first, page by page
     * ({@code meta.next_token}, at most the configured page limit) back to {@code since}; the first older one included.
     */
    public java.util.List<Tweet> tweetsSince(String userId, String token, java.time.Instant since) {
        java.util.List<Tweet> tweets = new java.util.ArrayList<>();
        String next = null;
        for (int page = 0; page < pageLimit; page++) {
            JsonNode body = tweetsPage(userId, token, next);
            for (JsonNode t : body.path("data")) {
                Tweet tweet = tweet(t);
                tweets.add(tweet);
                if (tweet.createdAt().isBefore(since)) {
                    return tweets;
                }
            }
            next = body.path("meta").path("next_token").asText(null);
            if (next == null) {
                return tweets;
            }
        }
        return tweets;
    }

    /**
     * The replies in these conversations since a time (GET /2/tweets/search/recent with {@code conversation_id:}
     * operators, X's documented way to read a thread; recent search reaches back seven days), with author, reply
     * target and the post each replies to, page by page ({@code meta.next_token}) within the page limit.
     */
    public java.util.List<Tweet> conversations(
            java.util.List<String> conversationIds, java.time.Instant since, String token) {
        java.util.List<Tweet> replies = new java.util.ArrayList<>();
        int pages = 0;
        for (int from = 0; from < conversationIds.size(); from += CONVERSATIONS_PER_QUERY) {
            String query =
                    conversationIds
                            .subList(from, Math.min(conversationIds.size(), from + CONVERSATIONS_PER_QUERY))
                            .stream()
                            .map(id -> "conversation_id:" + id)
                            .collect(java.util.stream.Collectors.joining(" OR "));
            String next = null;
            do {
                if (pages++ >= pageLimit) {
                    return replies;
                }
                JsonNode body = searchPage(
                        query,
                        since,
                        token,
                        next,
                        Map.of(
                                "tweet.fields",
                                "author_id,created_at,conversation_id,in_reply_to_user_id,referenced_tweets"));
                for (JsonNode t : body.path("data")) {
                    replies.add(tweet(t));
                }
                next = body.path("meta").path("next_token").asText(null);
            } while (next != null);
        }
        return replies;
    }

    /** One page of GET /2/tweets/search/recent since a time ({@code cursor}: the previous page's next_token, or null). */
    private JsonNode searchPage(
            String query, java.time.Instant since, String token, String cursor, Map<String, String> fields) {
        return call(http.get()
                .uri(b -> {
                    var u = b.path("/2/tweets/search/recent")
                            .queryParam("query", "{query}")
                            .queryParam("start_time", startTime(since))
                            .queryParam("max_results", 100);
                    fields.forEach(u::queryParam);
                    return (cursor == null ? u : u.queryParam("next_token", cursor)).build(query);
                })
                .header("Authorization", "Bearer " + token));
    }

    private static Tweet tweet(JsonNode t) {
        String repliedTo = null;
        for (JsonNode r : t.path("referenced_tweets")) {
            if ("replied_to".equals(r.path("type").asText())) {
                repliedTo = r.path("id").asText();
            }
        }
        return new Tweet(
                t.path("id").asText(),
                t.path("author_id").asText(null),
                java.time.Instant.parse(t.path("created_at").asText()),
                t.path("conversation_id").asText(null),
                t.path("in_reply_to_user_id").asText(null),
                repliedTo);
    }

    private static String startTime(java.time.Instant since) {
        return since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /**
     * Whether an account with this username exists (GET /2/users/by/username/:username): true when X
     * returns it, false when X answers with a "Not Found Error" (a deleted or renamed account), null
     * when X does not say (e.g. a suspended account).
     */
    public Boolean userExists(String username, String token) {
        JsonNode body = call(
                http.get().uri("/2/users/by/username/{username}", username).header("Authorization", "Bearer " + token));
        if (body.has("data")) {
            return true;
        }
        for (JsonNode e : body.path("errors")) {
            if ("Not Found Error".equals(e.path("title").asText())) {
                return false;
            }
        }
        return null;
    }

    /** One public post (GET /2/tweets/:id with its author and URL entities); null when X does not have it. */
    public PublicPost tweet(String id, String token) {
        JsonNode body = call(http.get()
                .uri(b -> b.path("/2/tweets/" + id)
                        .queryParam("expansions", "author_id")
                        .queryParam("tweet.fields", "created_at,entities,author_id")
                        .queryParam("user.fields", "username")
                        .build())
                .header("Authorization", "Bearer " + token));
        if (!body.has("data")) {
            return null; // X answers 200 with an errors array (resource-not-found) for a missing or protected post
        }
        return post(body.path("data"), body.path("includes").path("users"));
    }

    /**
     * Public posts of the last seven days that match a query (GET /2/tweets/search/recent), e.g.
     * {@code url:"https://..."}, with their authors, page by page (next_token).
     */
    public java.util.List<PublicPost> searchRecent(String query, java.time.Instant since, String token) {
        java.util.List<PublicPost> posts = new java.util.ArrayList<>();
        String next = null;
        for (int page = 0; page < pageLimit; page++) {
            JsonNode body = searchPage(
                    query,
                    since,
                    token,
                    next,
                    Map.of(
                            "expansions", "author_id",
                            "tweet.fields", "created_at,entities,author_id",
                            "user.fields", "username"));
            for (JsonNode t : body.path("data")) {
                posts.add(post(t, body.path("includes").path("users")));
            }
            next = body.path("meta").path("next_token").asText(null);
            if (next == null) {
                return posts;
            }
        }
        return posts;
    }

    private static PublicPost post(JsonNode t, JsonNode users) {
        String author = null;
        for (JsonNode u : users) {
            if (u.path("id").asText().equals(t.path("author_id").asText())) {
                author = u.path("username").asText();
            }
        }
        java.util.List<String> links = new java.util.ArrayList<>();
        for (JsonNode u : t.path("entities").path("urls")) {
            links.add(u.path("unwound_url")
                    .asText(u.path("expanded_url").asText(u.path("url").asText(""))));
        }
        return new PublicPost(
                "X",
                t.path("id").asText(),
                author,
                java.time.Instant.parse(t.path("created_at").asText()),
                "https://x.com/" + author + "/status/" + t.path("id").asText(),
                t.path("text").asText(""),
                links);
    }

    private JsonNode tweetsPage(String userId, String token, String paginationToken) {
        return call(http.get()
                .uri(b -> {
                    var u = b.path("/2/users/" + userId + "/tweets")
                            .queryParam("max_results", 100)
                            .queryParam("tweet.fields", "created_at,conversation_id");
                    return (paginationToken == null ? u : u.queryParam("pagination_token", paginationToken)).build();
                })
                .header("Authorization", "Bearer " + token));
    }

    private JsonNode post(String path, Object body, String token) {
        return call(http.post()
                .uri(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body));
    }

    /** Sends a request; an error answer becomes a PlatformException (401/403 permanent), as does an unreachable API. */
    private JsonNode call(RestClient.RequestHeadersSpec<?> request) {
        return PlatformCalls.send(
                request,
                json,
                (status, node) -> XErrors.of(status, node, code -> code == 401 || code == 403),
                e -> "X API unreachable: " + e.getMessage());
    }
}
