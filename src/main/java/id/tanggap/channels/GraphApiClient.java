package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Meta Graph API calls of the official accounts: replies to Facebook and Instagram comments,
 * Messenger / Instagram direct messages, WhatsApp Cloud text messages, and the read of an
 * Instagram @mention. Errors are read from Graph's error object (code 190: expired token).
 */
@Component
public class GraphApiClient {

    private static final Logger log = LoggerFactory.getLogger(GraphApiClient.class);
    /** Graph error codes that retrying does not fix: invalid/expired token, permissions. */
    private static final Set<Integer> PERMANENT = Set.of(190, 102, 10, 200, 3);

    private final RestClient http;
    private final ObjectMapper json;
    private final OfficialAccounts accounts;
    private final int pageLimit;

    /** {@code http}: Spring Boot's builder, with the connect and read timeouts of spring.http.client.* (a platform that hangs fails the job, which is retried later) */
    GraphApiClient(
            ChannelProperties properties, ObjectMapper json, OfficialAccounts accounts, RestClient.Builder http) {
        this.http = http.baseUrl(properties.meta().graphUrl()).build();
        this.json = json;
        this.accounts = accounts;
        this.pageLimit = properties.pageLimit();
    }

    /** Facebook: a comment under the comment (or post) the complaint was. */
    public String replyToComment(String commentId, String message, String token) {
        return post("/" + commentId + "/comments", Map.of("message", message), token)
                .path("id")
                .asText();
    }

    /** Instagram: a reply to the comment the complaint was. */
    public String replyToInstagramComment(String commentId, String message, String token) {
        return post("/" + commentId + "/replies", Map.of("message", message), token)
                .path("id")
                .asText();
    }

    /**
     * Meta's Private Replies: one message, into the inbox of the person who wrote a Facebook or Instagram comment,
     * addressed by the comment's id ({@code recipient: {comment_id}}), allowed only once per comment and within
     * {@link #PRIVATE_REPLY_WINDOW} of the comment. It keeps what the public reply must not show (a rating code).
     */
    public String sendPrivateReply(String commentId, String text, String token) {
        return post(
                        "/me/messages",
                        Map.of("recipient", Map.of("comment_id", commentId), "message", Map.of("text", text)),
                        token)
                .path("message_id")
                .asText();
    }

    /** How long after a comment Meta takes a private reply to it (Messenger and Instagram: 7 days). */
    public static final java.time.Duration PRIVATE_REPLY_WINDOW = java.time.Duration.ofDays(7);

    /** Messenger or Instagram direct message to the person who wrote in. */
    public String sendMessage(String recipientId, String text, String token) {
        return post(
                        "/me/messages",
                        Map.of(
                                "recipient",
                                Map.of("id", recipientId),
                                "messaging_type",
                                "RESPONSE",
                                "message",
                                Map.of("text", text)),
                        token)
                .path("message_id")
                .asText();
    }

    /** WhatsApp Cloud API text message from the provincial number. */
    public String sendWhatsAppText(String phoneNumberId, String to, String text, String token) {
        return post(
                        "/" + phoneNumberId + "/messages",
                        Map.of(
                                "messaging_product",
                                "whatsapp",
                                "recipient_type",
                                "individual",
                                "to",
                                to,
                                "type",
                                "text",
                                "text",
                                Map.of("preview_url", false, "body", text)),
                        token)
                .path("messages")
                .path(0)
                .path("id")
                .asText();
    }

    /**
     * WhatsApp Cloud API template message: outside the 24 hours after the person's last message WhatsApp takes only
     * approved templates ({@code type: template}, the template's name and language, the body's parameters in order;
     * docs/channels/complainant-notices.md).
     */
    public String sendWhatsAppTemplate(
            String phoneNumberId,
            String to,
            String templateName,
            String language,
            java.util.List<String> bodyParameters,
            String token) {
        var parameters = bodyParameters.stream()
                .map(p -> Map.of("type", "text", "text", p))
                .toList();
        return post(
                        "/" + phoneNumberId + "/messages",
                        Map.of(
                                "messaging_product",
                                "whatsapp",
                                "recipient_type",
                                "individual",
                                "to",
                                to,
                                "type",
                                "template",
                                "template",
                                Map.of(
                                        "name",
                                        templateName,
                                        "language",
                                        Map.of("code", language),
                                        "components",
                                        java.util.List.of(Map.of("type", "body", "parameters", parameters)))),
                        token)
                .path("messages")
                .path(0)
                .path("id")
                .asText();
    }

    /** The text and author of an Instagram comment that @mentioned the account; null when it cannot be read. */
    String[] mentionedComment(String igUserId, String commentId) {
        OfficialAccount account = accounts.onPlatform("INSTAGRAM", igUserId).orElse(null);
        if (account == null || account.getAccessToken() == null) {
            return null;
        }
        try {
            JsonNode body = call(http.get()
                    .uri(b -> b.path("/" + igUserId)
                            .queryParam("fields", "{fields}")
                            .build("mentioned_comment.comment_id(" + commentId + "){text,username,timestamp}"))
                    .header("Authorization", "Bearer " + account.getAccessToken()));
            JsonNode c = body.path("mentioned_comment");
            return c.hasNonNull("text")
                    ? new String[] {c.path("text").asText(), c.path("username").asText()}
                    : null;
        } catch (PlatformException e) {
            log.warn("could not read Instagram mention {} of account {}: {}", commentId, igUserId, e.getMessage());
            return null;
        }
    }

    /**
     * The times of a Facebook Page's or profile's posts (/{id}/posts) or an Instagram account's media
     * (/{id}/media), newest first, read page by page (cursor {@code after}) back to {@code since}.
     */
    public java.util.List<java.time.Instant> postTimesSince(
            String platform, String accountId, String token, java.time.Instant since) {
        boolean instagram = "INSTAGRAM".equals(platform);
        String field = instagram ? "timestamp" : "created_time";
        java.util.List<java.time.Instant> times = new java.util.ArrayList<>();
        String after = null;
        for (int page = 0; page < pageLimit; page++) {
            String cursor = after;
            JsonNode body = call(http.get()
                    .uri(b -> {
                        var u = b.path("/" + accountId + (instagram ? "/media" : "/posts"))
                                .queryParam("fields", field)
                                .queryParam("limit", 25);
                        return (cursor == null ? u : u.queryParam("after", cursor)).build();
                    })
                    .header("Authorization", "Bearer " + token));
            for (JsonNode item : body.path("data")) {
                java.time.Instant t = java.time.OffsetDateTime.parse(
                                item.path(field).asText(), GRAPH_TIME)
                        .toInstant();
                times.add(t);
                if (t.isBefore(since)) {
                    return times;
                }
            }
            after = body.path("paging").path("cursors").path("after").asText(null);
            if (after == null || !body.path("paging").has("next")) {
                return times;
            }
        }
        return times;
    }

    /**
     * A Facebook Page's public posts since a time (GET /{page}/posts with message, permalink and
     * attachment URLs; the page is named by its username), newest first, page by page.
     */
    public java.util.List<PublicPost> pagePosts(String page, java.time.Instant since, String token) {
        java.util.List<PublicPost> posts = new java.util.ArrayList<>();
        String after = null;
        for (int n = 0; n < pageLimit; n++) {
            String cursor = after;
            JsonNode body = call(http.get()
                    .uri(b -> {
                        var u = b.path("/" + page + "/posts")
                                .queryParam("fields", "{fields}")
                                .queryParam("since", since.getEpochSecond())
                                .queryParam("limit", 25);
                        return (cursor == null ? u : u.queryParam("after", cursor))
                                .build("id,message,permalink_url,created_time,attachments{unshimmed_url,url}");
                    })
                    .header("Authorization", "Bearer " + token));
            for (JsonNode item : body.path("data")) {
                java.util.List<String> links = new java.util.ArrayList<>();
                for (JsonNode a : item.path("attachments").path("data")) {
                    links.add(a.path("unshimmed_url").asText(a.path("url").asText("")));
                }
                posts.add(new PublicPost(
                        "FACEBOOK",
                        item.path("id").asText(),
                        page,
                        java.time.OffsetDateTime.parse(item.path("created_time").asText(), GRAPH_TIME)
                                .toInstant(),
                        item.path("permalink_url").asText(""),
                        item.path("message").asText(""),
                        links));
            }
            after = body.path("paging").path("cursors").path("after").asText(null);
            if (after == null || !body.path("paging").has("next")) {
                return posts;
            }
        }
        return posts;
    }

    /**
     * Another Instagram professional account's media since a time, read through the province's own
     * professional account ({@code readerId}) by business discovery, newest first, page by page.
     */
    public java.util.List<PublicPost> instagramMediaOf(
            String readerId, String username, java.time.Instant since, String token) {
        java.util.List<PublicPost> posts = new java.util.ArrayList<>();
        String after = null;
        for (int n = 0; n < pageLimit; n++) {
            String media = "media" + (after == null ? "" : ".after(" + after + ")")
                    + ".limit(50){id,caption,permalink,timestamp}";
            JsonNode body = call(http.get()
                            .uri(b -> b.path("/" + readerId)
                                    .queryParam("fields", "{fields}")
                                    .build("business_discovery.username(" + username + "){username," + media + "}"))
                            .header("Authorization", "Bearer " + token))
                    .path("business_discovery");
            for (JsonNode item : body.path("media").path("data")) {
                java.time.Instant at = java.time.OffsetDateTime.parse(
                                item.path("timestamp").asText(), GRAPH_TIME)
                        .toInstant();
                if (at.isBefore(since)) {
                    return posts;
                }
                posts.add(new PublicPost(
                        "INSTAGRAM",
                        item.path("id").asText(),
                        body.path("username").asText(username),
                        at,
                        item.path("permalink").asText(""),
                        item.path("caption").asText(""),
                        java.util.List.of()));
            }
            after = body.path("media")
                    .path("paging")
                    .path("cursors")
                    .path("after")
                    .asText(null);
            if (after == null || !body.path("media").path("paging").has("next")) {
                return posts;
            }
        }
        return posts;
    }

    /**
     * A WhatsApp media file a person sent: the media endpoint ({@code GET /{media-id}}) gives its short-lived URL, which
     * is then read with the same token; at most {@code maxBytes} are read (a larger file is refused as too large).
     */
    byte[] whatsAppMedia(String mediaId, String token, int maxBytes) {
        JsonNode media = call(http.get().uri("/{id}", mediaId).header("Authorization", "Bearer " + token));
        String url = media.path("url").asText(null);
        if (url == null || !url.startsWith("https://") && !url.startsWith("http://")) {
            throw new PlatformException("Graph API media " + mediaId + " has no download url", true);
        }
        return download(url, token, maxBytes);
    }

    /** The bytes behind a platform's media URL (a Messenger/Instagram attachment needs no token: null). */
    byte[] download(String url, String token, int maxBytes) {
        try {
            var request = http.get().uri(java.net.URI.create(url));
            if (token != null) {
                request = request.header("Authorization", "Bearer " + token);
            }
            return request.exchange((req, res) -> {
                if (res.getStatusCode().isError()) {
                    throw new PlatformException(
                            "media download " + res.getStatusCode().value(),
                            res.getStatusCode().value() == 404
                                    || res.getStatusCode().value() == 401
                                    || res.getStatusCode().value() == 403);
                }
                try (var in = res.getBody()) {
                    return in.readNBytes(maxBytes + 1);
                }
            });
        } catch (RestClientException e) {
            if (e.getCause() instanceof PlatformException p) {
                throw p;
            }
            throw new PlatformException("media download failed: " + e.getMessage(), false);
        }
    }

    private static final java.time.format.DateTimeFormatter GRAPH_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private JsonNode post(String path, Object body, String token) {
        return call(http.post()
                .uri(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body));
    }

    private JsonNode call(RestClient.RequestHeadersSpec<?> request) {
        return PlatformCalls.send(
                request, json, GraphApiClient::error, e -> "Graph API unreachable: " + e.getMessage());
    }

    /** Graph's refusal: an error status or an error object (Graph may answer 200 with one); null when neither. */
    private static PlatformException error(HttpStatusCode status, JsonNode node) {
        if (!status.isError() && !node.has("error")) {
            return null;
        }
        JsonNode e = node.path("error");
        int code = e.path("code").asInt(-1);
        String message = "Graph API " + status.value() + " code " + code
                + (e.has("error_subcode") ? "/" + e.path("error_subcode").asInt() : "") + ": "
                + e.path("message").asText("no error object");
        return new PlatformException(
                code == 190 ? "access token kedaluwarsa atau dicabut: " + message : message,
                PERMANENT.contains(code) || status.value() == 401,
                code);
    }
}
