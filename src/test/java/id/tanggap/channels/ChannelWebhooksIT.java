package id.tanggap.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestPlatforms;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platforms' webhooks with the documented payloads (src/test/resources/channels), signed as the
 * platforms sign them, and the replies posted back on the same platform against a local server.
 */
class ChannelWebhooksIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    id.tanggap.officials.OfficialAccounts accounts;

    @Autowired
    AccountTokens tokens;

    Api api;
    Cases cases;
    JsonNode signatures;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(port);
        cases = new Cases(api, runtime, jdbc);
        signatures = new ObjectMapper().readTree(TestPlatforms.fixture("signatures.json"));
    }

    private Api.Response meta(String fixture) {
        return api.post(
                "/webhooks/meta",
                TestPlatforms.fixtureBytes(fixture),
                Map.of(
                        "X-Hub-Signature-256",
                        signatures
                                .path("meta_x_hub_signature_256")
                                .path(fixture)
                                .asText()));
    }

    private Api.Response x(String fixture) {
        return api.post(
                "/webhooks/x",
                TestPlatforms.fixtureBytes(fixture),
                Map.of(
                        "x-twitter-webhooks-signature",
                        signatures
                                .path("x_twitter_webhooks_signature")
                                .path(fixture)
                                .asText()));
    }

    /** The cases a delivery made: only complaints become cases, and a message may wait for the classification sweep. */
    private List<String> tickets(Api.Response r) {
        return id.tanggap.inbox.SocialWebhooks.tickets(jdbc, r);
    }

    private Map<String, Object> caseRow(String ticket) {
        return ComplaintRows.row(jdbc, ticket);
    }

    @Test
    void metaVerificationAnswersTheChallengeOnlyWithTheVerifyToken() {
        var ok = api.get(
                "/webhooks/meta?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=tanggap-verify-token");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(api.get("/webhooks/meta?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=salah")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndStoresNothing() {
        int before = ComplaintRows.count(jdbc);
        var forged = api.post(
                "/webhooks/meta",
                TestPlatforms.fixtureBytes("messenger-message.json"),
                Map.of("X-Hub-Signature-256", "sha256=" + "0".repeat(64)));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/webhooks/meta", TestPlatforms.fixtureBytes("messenger-message.json"), Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(api.post(
                                "/webhooks/x",
                                TestPlatforms.fixtureBytes("x-direct-message.json"),
                                Map.of("x-twitter-webhooks-signature", "sha256=AAAA"))
                        .status())
                .isEqualTo(401);
        assertThat(ComplaintRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aSignedDeliveryThatIsNotJsonIsA400() {
        byte[] body = "{\"object\": \"page\", \"entry\": [".getBytes();
        String signature =
                "sha256=" + java.util.HexFormat.of().formatHex(WebhookSignatures.hmac("tanggap-test-app-secret", body));
        var r = api.post("/webhooks/meta", body, Map.of("X-Hub-Signature-256", signature));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/webhooks/x").status()).isEqualTo(400);
    }

    @Test
    void xCrcCheckIsAnsweredWithTheHmacOfTheToken() {
        var r = api.get("/webhooks/x?crc_token="
                + signatures.path("x_crc").path("crc_token").asText());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("response_token").asText())
                .isEqualTo(signatures
                        .path("x_crc")
                        .path("expected_body")
                        .path("response_token")
                        .asText());
    }

    @Test
    void theCrcCheckSignsNoDeliveryAForgerCouldPostBack() {
        // a forged direct message the attacker wants X's signature for, sent as the crc_token
        String forged = new String(TestPlatforms.fixtureBytes("x-direct-message.json"), StandardCharsets.UTF_8)
                .replace("1932434360103862272", "1932434360103869999")
                .replaceAll("\\s*\n\\s*", "");
        int before = ComplaintRows.count(jdbc);

        var crc = api.get("/webhooks/x?crc_token=" + URLEncoder.encode(forged, StandardCharsets.UTF_8));
        String stolen =
                crc.json() == null ? null : crc.json().path("response_token").asText(null);
        var delivery = api.post(
                "/webhooks/x",
                forged.getBytes(StandardCharsets.UTF_8),
                Map.of("x-twitter-webhooks-signature", stolen == null ? "sha256=" : stolen));

        assertThat(crc.status()).isEqualTo(400);
        assertThat(crc.contentType()).startsWith("application/problem+json");
        assertThat(stolen).isNull();
        assertThat(crc.body()).doesNotContain("sha256=");
        assertThat(delivery.status()).isEqualTo(401);
        assertThat(ComplaintRows.count(jdbc)).isEqualTo(before);
        // anything with braces, quotes, colons or spaces is refused too; X's own token shape still is answered
        assertThat(api.get("/webhooks/x?crc_token=" + URLEncoder.encode("{\"a\":1}", StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/webhooks/x?crc_token=" + URLEncoder.encode("a b", StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(400);
        var real = api.get("/webhooks/x?crc_token=" + URLEncoder.encode("Zm9vYmFy+/_-.~=", StandardCharsets.UTF_8));
        assertThat(real.status()).isEqualTo(200);
        assertThat(real.json().get("response_token").asText())
                .isEqualTo(WebhookSignatures.xSignature(
                        "tanggap-test-consumer-secret", "Zm9vYmFy+/_-.~=".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFacebookCommentBecomesACaseAndTheOpdsResponseIsPostedUnderIt() {
        var r = meta("facebook-feed-comment.json");
        assertThat(r.status()).isEqualTo(200);
        String ticket = tickets(r).get(0);
        Map<String, Object> row = caseRow(ticket);
        assertThat(row.get("channel")).isEqualTo("FACEBOOK");
        assertThat(row.get("external_id")).isEqualTo("122145678901234567_1098765432109876");
        assertThat(row.get("channel_account_id")).isEqualTo("104857600000001");
        assertThat((String) row.get("body")).contains("Desa Sukarara");
        assertThat(String.valueOf(row.get("reporter_name"))).startsWith("v2:");

        // a reply in the same comment thread is a case of its own; triage is offered the thread's case to join
        List<String> reply = tickets(meta("facebook-comment-reply-nested.json"));
        assertThat(reply).hasSize(1).doesNotContain(ticket);
        assertThat(caseRow(reply.get(0)).get("suggested_duplicate_of_id")).isEqualTo(row.get("id"));
        // a redelivery is the same case
        assertThat(tickets(meta("facebook-feed-comment.json"))).containsExactly(ticket);

        var c = new Cases.Case(ticket, cases.instanceOf(ticket));
        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Tim Bina Marga meninjau jalan Sukarara hari ini.");
        await().atMost(Duration.ofSeconds(15)).until(() -> caseRow(ticket).get("reply_platform_id") != null);
        assertThat(caseRow(ticket).get("reply_platform_id")).isEqualTo("122145678901234567_1098765432110001");
        TestPlatforms.get()
                .verify(postRequestedFor(urlEqualTo("/graph/122145678901234567_1098765432109876/comments"))
                        .withHeader("Authorization", equalTo("Bearer demo-token-facebook"))
                        .withRequestBody(matchingJsonPath("$.message", containing(ticket)))
                        .withRequestBody(matchingJsonPath("$.message", containing("Tim Bina Marga meninjau"))));
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .contains("Tanggapan dibalas di Facebook")
                .noneMatch(n -> n.contains("1098765432110001"));
    }

    @Test
    void everyMetaChannelAndXBecomesACaseButOwnPostsEchoesAndStatusesDoNot() {
        Map<String, String> expected = Map.of(
                "messenger-message.json", "FACEBOOK",
                "facebook-page-mention.json", "FACEBOOK",
                "instagram-comment.json", "INSTAGRAM",
                "instagram-comment-flat.json", "INSTAGRAM",
                "instagram-mention.json", "INSTAGRAM",
                "x-tweet-mention-extended.json", "X");
        for (var e : expected.entrySet()) {
            var r = e.getKey().startsWith("x-") ? x(e.getKey()) : meta(e.getKey());
            assertThat(r.status()).as(e.getKey()).isEqualTo(200);
            assertThat(tickets(r)).as(e.getKey()).hasSize(1);
            assertThat(caseRow(tickets(r).get(0)).get("channel")).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat((String)
                        caseRow(tickets(meta("instagram-mention.json")).get(0)).get("body"))
                .contains("Jl. Pejanggik");
        assertThat((String) caseRow(tickets(x("x-tweet-mention-extended.json")).get(0))
                        .get("body"))
                .doesNotEndWith("…")
                .contains("Cakranegara");
        assertThat(tickets(meta("messenger-echo.json"))).isEmpty();
        assertThat(tickets(meta("whatsapp-status.json"))).isEmpty();
    }

    @Test
    void messagesToUnregisteredAccountsAreIgnored() throws Exception {
        String body = TestPlatforms.fixture("messenger-message.json").replace("104857600000001", "999999999999999");
        String signature = "sha256="
                + java.util.HexFormat.of()
                        .formatHex(WebhookSignatures.hmac("tanggap-test-app-secret", body.getBytes()));
        var r = api.post("/webhooks/meta", body.getBytes(), Map.of("X-Hub-Signature-256", signature));
        assertThat(r.status()).isEqualTo(200);
        assertThat(tickets(r)).isEmpty();
    }

    @Test
    void fiftyConcurrentDeliveriesOfOneWhatsAppMessageMakeOneCaseAndTheAnswerGoesBackOnWhatsApp() throws Exception {
        List<Callable<Api.Response>> deliveries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            deliveries.add(() -> meta("whatsapp-text-message.json"));
        }
        Set<String> seen = new HashSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            for (Future<Api.Response> f : pool.invokeAll(deliveries)) {
                assertThat(f.get().status()).isEqualTo(200);
                seen.addAll(tickets(f.get()));
            }
        }
        assertThat(seen).hasSize(1);
        String wamid = "wamid.HBgNNjI4MTkxNzEyMzQ1NhUCABIYFjNFQjBBMUIyQzNENEU1RjZBN0I4QzkA";
        assertThat(ComplaintRows.countFrom(jdbc, "WHATSAPP", wamid)).isEqualTo(1);
        String ticket = seen.iterator().next();
        long complaintId = ((Number) caseRow(ticket).get("id")).longValue();
        var c = new Cases.Case(ticket, cases.instanceOf(ticket));
        assertThat(ENGINE.instancesOfComplaint("complaint-handling", complaintId))
                .isEqualTo(1);

        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Jembatan gantung Lendang Bajur ditutup sementara dan diperbaiki.");
        await().atMost(Duration.ofSeconds(15)).until(() -> caseRow(ticket).get("reply_platform_id") != null);
        TestPlatforms.get()
                .verify(postRequestedFor(urlEqualTo("/graph/106540352242922/messages"))
                        .withRequestBody(matchingJsonPath("$.to", equalTo("6281917123456")))
                        .withRequestBody(matchingJsonPath("$.messaging_product", equalTo("whatsapp")))
                        .withRequestBody(matchingJsonPath("$.text.body", containing(ticket)))
                        // the first automatic reply to this person on WhatsApp carries the privacy notice
                        .withRequestBody(matchingJsonPath("$.text.body", containing("/privasi"))));
        assertThat(caseRow(ticket).get("reply_platform_id"))
                .isEqualTo("wamid.HBgNNjI4MTkxNzEyMzQ1NhUCABEYEjRBNUI2QzdEOEU5RjBBMUIyQwA=");

        // the resolution notice follows on WhatsApp, with the code to rate it (WhatsApp is private)
        cases.resolve(c, "Tali jembatan sudah diganti.");
        String code = (String) caseRow(ticket).get("confirmation_code");
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> TestPlatforms.get()
                        .verify(postRequestedFor(urlEqualTo("/graph/106540352242922/messages"))
                                .withRequestBody(matchingJsonPath(
                                        "$.text.body", containing("Penyelesaian: Tali jembatan sudah diganti.")))
                                .withRequestBody(matchingJsonPath("$.text.body", containing("kode " + code)))));
        // ... once: the resolution notice to the same person does not repeat it
        TestPlatforms.get()
                .verify(
                        0,
                        postRequestedFor(urlEqualTo("/graph/106540352242922/messages"))
                                .withRequestBody(matchingJsonPath(
                                        "$.text.body", containing("Penyelesaian: Tali jembatan sudah diganti.")))
                                .withRequestBody(matchingJsonPath("$.text.body", containing("/privasi"))));
    }

    /** A WhatsApp text message from the given number, signed as Meta signs it. */
    private Api.Response whatsApp(String from, String text) throws Exception {
        JsonNode fixture = new ObjectMapper().readTree(TestPlatforms.fixture("whatsapp-text-message.json"));
        var value = (com.fasterxml.jackson.databind.node.ObjectNode)
                fixture.path("entry").get(0).path("changes").get(0).path("value");
        ((com.fasterxml.jackson.databind.node.ObjectNode) value.path("contacts").get(0)).put("wa_id", from);
        var message = (com.fasterxml.jackson.databind.node.ObjectNode)
                value.path("messages").get(0);
        message.put("from", from).put("id", "wamid." + java.util.UUID.randomUUID());
        ((com.fasterxml.jackson.databind.node.ObjectNode) message.path("text")).put("body", text);
        byte[] body = new ObjectMapper().writeValueAsBytes(fixture);
        String signature =
                "sha256=" + java.util.HexFormat.of().formatHex(WebhookSignatures.hmac("tanggap-test-app-secret", body));
        return api.post("/webhooks/meta", body, Map.of("X-Hub-Signature-256", signature));
    }

    @Test
    void aWhatsAppConversationIsOneCasePerComplaintNotPerPerson() throws Exception {
        String phone = "62819" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String first = tickets(whatsApp(phone, "Lampu jalan di Jalan Udayana mati sudah seminggu, gelap sekali."))
                .get(0);
        var firstCase = new Cases.Case(first, cases.instanceOf(first));

        // more about it while the case runs: a case of its own, with the conversation's case suggested for triage
        String more = tickets(whatsApp(phone, "Tambahan: dua lampu di dekat taman juga mati."))
                .get(0);
        assertThat(more).isNotEqualTo(first);
        assertThat(caseRow(more).get("suggested_duplicate_of_id"))
                .isEqualTo(caseRow(first).get("id"));
        assertThat(caseRow(first).get("status")).isNotEqualTo("DITUTUP");
        // Diskominfo confirms it belongs to the first complaint
        var moreCase = new Cases.Case(more, cases.instanceOf(more));
        assertThat(cases.variable(moreCase, "suggestedDuplicateTicket")).isEqualTo(first);
        cases.triage(moreCase, Cases.vars("triageDecision", "DUPLICATE", "duplicateOfTicket", first));
        cases.awaitStatus(moreCase, "DITUTUP");

        cases.triageValid(firstCase, "JALAN_RUSAK");
        cases.respond(firstCase, "Dinas PUPR mengganti lampu minggu ini.");
        cases.resolve(firstCase, "Lampu sudah diganti.");

        // once resolved, an unrelated complaint from the same number is a new case, not joined to the old one
        String unrelated = tickets(whatsApp(phone, "Bantuan sosial ibu saya belum cair tiga bulan."))
                .get(0);
        assertThat(unrelated).isNotEqualTo(first);
        assertThat(caseRow(unrelated).get("status")).isEqualTo("DITERIMA");
        assertThat(caseRow(unrelated).get("duplicate_of_id")).isNull();
        assertThat(caseRow(unrelated).get("suggested_duplicate_of_id")).isNull();
        var unrelatedCase = new Cases.Case(unrelated, cases.instanceOf(unrelated));
        cases.task(unrelatedCase, "Task_TriageComplaint");
        assertThat(runtime.variables(unrelatedCase.instance()).get("suggestedDuplicateTicket"))
                .isNull();
        assertThat(caseRow(first).get("supporter_count")).isEqualTo(1);
    }

    @Test
    void aTweetIsAnsweredWithAReplyTweetAndAFailedDirectMessageIsRetried() {
        String tweetTicket = tickets(x("x-tweet-mention.json")).get(0);
        var tweet = new Cases.Case(tweetTicket, cases.instanceOf(tweetTicket));
        cases.triageValid(tweet, "JALAN_RUSAK");
        cases.respond(tweet, "Km 12 Praya - Kuta ditambal minggu ini.");
        await().atMost(Duration.ofSeconds(15)).until(() -> caseRow(tweetTicket).get("reply_platform_id") != null);
        TestPlatforms.get()
                .verify(postRequestedFor(urlEqualTo("/x/2/tweets"))
                        .withRequestBody(
                                matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo("1932263991669686373")))
                        .withRequestBody(matchingJsonPath("$.text", containing(tweetTicket))));
        assertThat(caseRow(tweetTicket).get("reply_platform_id")).isEqualTo("1932306731627446349");

        // the X API is down once: the job retries after its back-off and the DM goes out
        TestPlatforms.get()
                .stubFor(post(urlPathEqualTo("/x/2/dm_conversations/with/1301122334455667788/messages"))
                        .inScenario("dm")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(aResponse().withStatus(503))
                        .willSetStateTo("up"));
        TestPlatforms.get()
                .stubFor(post(urlPathEqualTo("/x/2/dm_conversations/with/1301122334455667788/messages"))
                        .inScenario("dm")
                        .whenScenarioStateIs("up")
                        .willReturn(
                                TestPlatforms.json("x-dm-send-response.json").withStatus(201)));
        String dmTicket = tickets(x("x-direct-message.json")).get(0);
        var dm = new Cases.Case(dmTicket, cases.instanceOf(dmTicket));
        cases.triageValid(dm, "PERILAKU_APARATUR");
        cases.respond(dm, "Inspektorat menindaklanjuti laporan pungutan ini.");
        await().atMost(Duration.ofSeconds(20)).until(() -> caseRow(dmTicket).get("reply_platform_id") != null);
        assertThat(caseRow(dmTicket).get("reply_platform_id")).isEqualTo("1932440000000000001");
    }

    /**
     * Issue 12 changed this: an expired token no longer becomes an incident. The account is marked
     * "perlu dihubungkan ulang" and the reply waits in the process until the account is connected
     * again, then goes out.
     */
    @Test
    void anExpiredTokenMakesTheReplyWaitUntilTheAccountIsConnectedAgain() {
        var refused = TestPlatforms.get()
                .stubFor(post(urlPathEqualTo("/graph/me/messages"))
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath("$.recipient.id", equalTo("1234567890123456")))
                        .willReturn(TestPlatforms.json("graph-error-expired-token.json")
                                .withStatus(400)));
        String ticket = tickets(meta("instagram-message.json")).get(0);
        var c = new Cases.Case(ticket, cases.instanceOf(ticket));
        cases.triageValid(c, "LAINNYA");
        cases.respond(c, "Diskominfotik meneruskan ke PDAM.");
        long account = accounts.onPlatform(
                        "INSTAGRAM", String.valueOf(caseRow(ticket).get("channel_account_id")))
                .orElseThrow()
                .getId();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> StreamSupport.stream(
                                ENGINE.records().processInstanceRecords().spliterator(), false)
                        .anyMatch(r -> r.getValue().getProcessInstanceKey() == c.instance()
                                && r.getValue().getElementId().equals("Gateway_AwaitReplyToken")));
        assertThat(StreamSupport.stream(ENGINE.records().incidentRecords().spliterator(), false)
                        .anyMatch(i -> i.getIntent() == IncidentIntent.CREATED
                                && i.getValue().getProcessInstanceKey() == c.instance()))
                .isFalse();
        assertThat(accounts.connectionState(account))
                .isEqualTo(id.tanggap.officials.ConnectionState.PERLU_DIHUBUNGKAN_ULANG);
        assertThat(caseRow(ticket).get("reply_platform_id")).isNull();

        // connected again (the demo token stands for the new one): the waiting reply goes out
        TestPlatforms.get().removeStub(refused);
        tokens.connected(account, "demo-token-instagram", null, null, "diskominfo");
        await().atMost(Duration.ofSeconds(15)).until(() -> caseRow(ticket).get("reply_platform_id") != null);
        assertThat(accounts.connectionState(account)).isEqualTo(id.tanggap.officials.ConnectionState.TERHUBUNG);
    }
}
