package id.tanggap.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tanggap.inbox.SocialWebhooks;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestPlatforms;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * WhatsApp photos and a shared location, sent after the complaint's text, end up with the case: the photo read
 * through the Graph API media endpoint (GET /{media-id}, then its URL, with the number's token; WireMock serves
 * both), stored like the web form's photos, and the location as the case's coordinates. An outage is retried; a
 * file that is no image is refused and attaches nothing.
 */
class ChannelMediaIT extends IntegrationTest {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChannelMedia media;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A documented WhatsApp payload (fixture), sent from {@code phone} with a fresh message id. */
    private Api.Response whatsApp(String fixture, String phone, java.util.function.Consumer<ObjectNode> edit)
            throws Exception {
        return SocialWebhooks.deliver(new Api(port), payload(fixture, phone, edit));
    }

    private byte[] payload(String fixture, String phone, java.util.function.Consumer<ObjectNode> edit)
            throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(TestPlatforms.fixture(fixture));
        ObjectNode value =
                (ObjectNode) root.path("entry").get(0).path("changes").get(0).path("value");
        ((ObjectNode) value.path("contacts").get(0)).put("wa_id", phone);
        ObjectNode message = (ObjectNode) value.path("messages").get(0);
        message.put("from", phone).put("id", "wamid." + UUID.randomUUID());
        edit.accept(message);
        return JSON.writeValueAsBytes(root);
    }

    /** The media endpoint answers with a download URL on the same server, which serves {@code bytes}. */
    private void mediaServes(String mediaId, int status, byte[] bytes) {
        String url = TestPlatforms.get().baseUrl() + "/media-cdn/" + mediaId + ".jpg";
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/graph/" + mediaId))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"messaging_product\":\"whatsapp\",\"url\":\"" + url
                                        + "\",\"mime_type\":\"image/jpeg\",\"sha256\":\"x\",\"file_size\":\""
                                        + bytes.length + "\",\"id\":\"" + mediaId + "\"}")));
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/media-cdn/" + mediaId + ".jpg"))
                        .withHeader("Authorization", matching("Bearer .+"))
                        .willReturn(aResponse()
                                .withStatus(status)
                                .withHeader("Content-Type", "image/jpeg")
                                .withBody(bytes)));
    }

    private Map<String, Object> queued(String mediaId) {
        return jdbc.queryForMap(
                "SELECT state, attempts, complaint_id, file_name, last_error FROM channel_media WHERE media_ref = ?",
                "wa-media:" + mediaId);
    }

    private void awaitState(String ref, String state) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    media.sweep();
                    return state.equals(jdbc.queryForObject(
                            "SELECT state FROM channel_media WHERE media_ref = ?", String.class, ref));
                });
    }

    @Test
    void aPhotoAndALocationSentAfterTheComplaintAreKeptWithTheCase() throws Exception {
        String phone = "62817" + (10_000_000 + new Random().nextInt(89_999_999));
        String photoId = String.valueOf(1_000_000_000_000L + new Random().nextInt(1_000_000_000));
        String brokenId = photoId + "1";
        String flakyId = photoId + "2";
        mediaServes(photoId, 200, PNG);
        mediaServes(brokenId, 200, "<html>bukan foto</html>".getBytes());
        mediaServes(flakyId, 503, new byte[0]);

        String ticket = SocialWebhooks.tickets(jdbc, whatsApp("whatsapp-text-message.json", phone, m -> {}))
                .getFirst();
        long caseId = ComplaintRows.id(jdbc, ticket);
        assertThat(ComplaintRows.value(jdbc, ticket, "latitude", Double.class)).isNull();

        for (String id : List.of(photoId, brokenId, flakyId)) {
            byte[] photo = payload("whatsapp-image-message.json", phone, m -> {
                ((ObjectNode) m.path("image")).put("id", id).remove("caption");
            });
            assertThat(SocialWebhooks.deliver(new Api(port), photo).status()).isEqualTo(200);
            if (id.equals(photoId)) {
                // Meta delivers again when unsure the first delivery arrived
                assertThat(SocialWebhooks.deliver(new Api(port), photo).status())
                        .isEqualTo(200);
            }
        }
        assertThat(whatsApp("whatsapp-location-message.json", phone, m -> {}).status())
                .isEqualTo(200);

        // the photo: read with the number's token, cleaned and stored, linked from the case
        awaitState("wa-media:" + photoId, "DONE");
        Map<String, Object> done = queued(photoId);
        assertThat(((Number) done.get("complaint_id")).longValue()).isEqualTo(caseId);
        String name = (String) done.get("file_name");
        assertThat(name).matches("[0-9a-f]{32}\\.png");
        TestPlatforms.get()
                .verify(getRequestedFor(urlPathEqualTo("/media-cdn/" + photoId + ".jpg"))
                        .withHeader("Authorization", matching("Bearer .+")));
        assertThat(ComplaintRows.attachmentUrls(jdbc, ticket))
                .containsExactly("https://tanggap.ntbprov.example/lampiran/" + name);
        var file = new Api(port).get("/lampiran/" + name);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("image/png");

        // the shared location fills the coordinates the case lacked
        awaitState("geo:-8.5412,116.1021", "DONE");
        Map<String, Object> place = ComplaintRows.row(jdbc, ticket);
        assertThat(((Number) place.get("latitude")).doubleValue()).isEqualTo(-8.5412);
        assertThat(((Number) place.get("longitude")).doubleValue()).isEqualTo(116.1021);

        // no image: refused at once, nothing attached
        awaitState("wa-media:" + brokenId, "REFUSED");
        assertThat(queued(brokenId).get("file_name")).isNull();

        // an outage: kept and retried later, then stored once the platform answers again
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            media.sweep();
            return ((Number) queued(flakyId).get("attempts")).intValue() >= 1;
        });
        assertThat(queued(flakyId).get("state")).isEqualTo("PENDING");
        mediaServes(flakyId, 200, PNG);
        jdbc.update(
                "UPDATE channel_media SET next_attempt_at = ? WHERE media_ref = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                "wa-media:" + flakyId);
        awaitState("wa-media:" + flakyId, "DONE");
        assertThat(ComplaintRows.attachmentUrls(jdbc, ticket)).hasSize(2);

        // the redelivered photo message queued nothing twice: three photos and one place
        int rows = jdbc.queryForObject(
                "SELECT COUNT(*) FROM channel_media WHERE thread_id LIKE ?", Integer.class, "%" + phone);
        assertThat(rows).isEqualTo(4);
    }
    /** An X direct message (documented Account Activity payload) from {@code sender} with a photo at {@code url}. */
    private Api.Response xDirectMessage(String sender, String url) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(TestPlatforms.fixture("x-direct-message.json"));
        ObjectNode event = (ObjectNode) root.path("direct_message_events").get(0);
        event.put("id", String.valueOf(1_900_000_000_000_000_000L + new Random().nextInt(1_000_000_000)));
        ObjectNode create = (ObjectNode) event.path("message_create");
        create.put("sender_id", sender);
        ((ObjectNode) create.path("message_data"))
                .putObject("attachment")
                .put("type", "media")
                .putObject("media")
                .put("type", "photo")
                .put("media_url_https", url)
                .put("media_url", url);
        byte[] body = JSON.writeValueAsBytes(root);
        return new Api(port)
                .post(
                        "/webhooks/x",
                        body,
                        Map.of(
                                "x-twitter-webhooks-signature",
                                WebhookSignatures.xSignature("tanggap-test-consumer-secret", body)));
    }

    @Test
    void aPhotoInAnXDirectMessageIsReadWithTheAccountsTokenAndKeptWithTheCase() throws Exception {
        String sender = String.valueOf(1_300_000_000_000_000_000L + new Random().nextInt(1_000_000_000));
        String path = "/ton/1.1/ton/data/dm/" + sender + "/" + System.nanoTime() + "/foto.jpg";
        String url = TestPlatforms.get().baseUrl() + path;
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo(path))
                        .withHeader("Authorization", matching("Bearer .+"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "image/png")
                                .withBody(PNG)));

        String ticket =
                SocialWebhooks.tickets(jdbc, xDirectMessage(sender, url)).getFirst();

        awaitState("x-media:" + url, "DONE");
        String name = jdbc.queryForObject(
                "SELECT file_name FROM channel_media WHERE media_ref = ?", String.class, "x-media:" + url);
        assertThat(name).matches("[0-9a-f]{32}\\.png");
        // X serves direct-message media only to a request made for the receiving account
        TestPlatforms.get()
                .verify(getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", matching("Bearer .+")));
        assertThat(ComplaintRows.attachmentUrls(jdbc, ticket))
                .containsExactly("https://tanggap.ntbprov.example/lampiran/" + name);
        var file = new Api(port).get("/lampiran/" + name);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("image/png");
    }

    @Test
    void anXDirectMessagePhotoOutsideXsMediaHostIsNeverRequestedWithTheAccountsToken() throws Exception {
        String sender = String.valueOf(1_300_000_000_000_000_000L + new Random().nextInt(1_000_000_000));
        // a delivery naming another host (here the same stand-in server, but outside the configured media path)
        String path = "/elsewhere/" + sender + "/foto.jpg";
        String url = TestPlatforms.get().baseUrl() + path;
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo(path))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "image/png")
                                .withBody(PNG)));

        String ticket =
                SocialWebhooks.tickets(jdbc, xDirectMessage(sender, url)).getFirst();

        awaitState("x-media:" + url, "FAILED");
        TestPlatforms.get().verify(0, getRequestedFor(urlPathEqualTo(path)));
        assertThat(ComplaintRows.attachmentUrls(jdbc, ticket)).isEmpty();
    }
}
