package id.tanggap.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tanggap.testsupport.Api;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Facebook Page feed comments to the demo page (104857600000001) as Meta delivers and signs them,
 * with the test app secret: a resident's comment, or the page's own reply under a comment.
 */
public final class SocialWebhooks {

    public static final String PAGE = "104857600000001";
    public static final String POST = PAGE + "_122145678901234567";
    static final String SECRET = "tanggap-test-app-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SocialWebhooks() {}

    /** A comment by a resident; {@code parentId} null for a top-level comment under the post. */
    public static byte[] comment(String commentId, String fromId, String fromName, String message, String parentId) {
        ObjectNode value = JSON.createObjectNode();
        value.putObject("from").put("id", fromId).put("name", fromName);
        value.put("message", message)
                .put("post_id", POST)
                .put("comment_id", commentId)
                .put("created_time", 1749517965)
                .put("item", "comment")
                .put("parent_id", parentId == null ? POST : parentId)
                .put("verb", "add");
        ObjectNode root = JSON.createObjectNode().put("object", "page");
        ObjectNode entry = root.putArray("entry").addObject().put("id", PAGE).put("time", 1749517966);
        entry.putArray("changes").addObject().put("field", "feed").set("value", value);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's own reply under a comment, posted directly on Facebook by an official. */
    public static byte[] pageReply(String replyId, String toCommentId, String message) {
        return comment(replyId, PAGE, "Pemprov NTB", message, toCommentId);
    }

    public static String signature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tickets of the cases a delivery made, in the order of its interactions: a message the engine
     * could not classify in time is classified by the sweep a few seconds later, so this waits for each.
     */
    public static List<String> tickets(JdbcTemplate jdbc, Api.Response r) {
        List<String> out = new ArrayList<>();
        r.json().path("tickets").forEach(n -> out.add(n.asText()));
        for (JsonNode n : r.json().path("interactions")) {
            String ticket = Awaitility.await()
                    .atMost(Duration.ofSeconds(90))
                    .until(
                            () -> {
                                Map<String, Object> row = jdbc.queryForMap(
                                        "SELECT class_code, state, ticket FROM social_interaction WHERE id = ?",
                                        n.asLong());
                                if ("BELUM".equals(row.get("class_code"))) {
                                    return null;
                                }
                                if ("KASUS".equals(row.get("state"))) {
                                    return (String) row.get("ticket");
                                }
                                return "";
                            },
                            Objects::nonNull);
            if (!ticket.isEmpty() && !out.contains(ticket)) {
                out.add(ticket);
            }
        }
        return out;
    }

    public static Api.Response deliver(Api api, byte[] body) {
        return api.post("/webhooks/meta", body, Map.of("X-Hub-Signature-256", signature(body)));
    }
}
