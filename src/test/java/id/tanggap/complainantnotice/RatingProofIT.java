package id.tanggap.complainantnotice;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.shared.Channel;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.HtmlForms;
import id.tanggap.testsupport.TestPlatforms;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every complainant can rate, whatever the channel. A complainant reached only publicly (a tweet) proves their account
 * on /lacak: the page shows a one-time code, they send it from the same X account, and the browser that asked sees
 * the rating form (and a DM brings the rating link back privately). Another account sending the code, a wrong code, an
 * expired code, or another browser: no form. A Facebook commenter whose case was reopened and resolved again gets no
 * second private reply (Meta takes one per comment) but a public reply pointing to the /lacak proof.
 */
@Tag("scenario")
class RatingProofIT extends CaseScenarioTest {

    private static final String X_ACCOUNT = "1450000000000000001";
    private static final String PAGE = "104857600000001";
    private static final String X_SECRET = "tanggap-test-consumer-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("NILAI-[A-Z0-9]{8}");

    @Autowired
    ComplaintIntake intake;

    /** A browser with its own cookies, posting forms with the page's CSRF token. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(api.base() + path))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String csrfFrom, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", HtmlForms.hidden(get(csrfFrom).body(), "_csrf"));
            String body = all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(api.base() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String digits(int n) {
        var r = new Random();
        var b = new StringBuilder().append(1 + r.nextInt(9));
        while (b.length() < n) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    private Cases.Case resolved(Channel channel, String externalId, String account, String sender) {
        var s = Cases.channelMessage(channel, externalId, "JALAN_RUSAK", "Lalu Rizki", null, -8.58, 116.11, null);
        var accepted = intake.submit(s, new ComplaintIntake.Origin(account, sender));
        var c = new Cases.Case(accepted.ticket(), cases.instanceOf(accepted.ticket()));
        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Tim Dinas PUPR menambal lubang di Jl. Adi Sucipto pekan ini.");
        cases.resolve(c, "Lubang sudah ditambal dan jalan kembali rata.");
        return c;
    }

    private int x(ObjectNode root) throws Exception {
        byte[] body = JSON.writeValueAsBytes(root);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(X_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + Base64.getEncoder().encodeToString(mac.doFinal(body));
        return api.post("/webhooks/x", body, Map.of("x-twitter-webhooks-signature", signature))
                .status();
    }

    /** A direct message from {@code sender} to the official X account. */
    private void directMessage(String sender, String text) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(TestPlatforms.fixture("x-direct-message.json"));
        ObjectNode event = (ObjectNode) root.path("direct_message_events").get(0);
        event.put("id", digits(19));
        ObjectNode create = (ObjectNode) event.path("message_create");
        create.put("sender_id", sender);
        ((ObjectNode) create.path("message_data")).put("text", text);
        assertThat(x(root)).isEqualTo(200);
    }

    /** A public reply tweet from {@code sender} mentioning the official X account. */
    private void tweet(String sender, String text) throws Exception {
        ObjectNode root = JSON.createObjectNode().put("for_user_id", X_ACCOUNT);
        ObjectNode t = root.putArray("tweet_create_events").addObject();
        t.put("id_str", digits(19)).put("text", "@PemprovNTB_Uji " + text).put("in_reply_to_user_id_str", X_ACCOUNT);
        t.putObject("user").put("id_str", sender).put("name", "Warga").put("screen_name", "warga" + sender);
        t.putObject("entities").putArray("user_mentions").addObject().put("id_str", X_ACCOUNT);
        assertThat(x(root)).isEqualTo(200);
    }

    private static String codeOn(String page) {
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).as("a code on the page").isTrue();
        return m.group();
    }

    @Test
    void aTweetingComplainantProvesTheirAccountOnTheTrackingPageAndOnlyTheirBrowserGetsTheRatingForm()
            throws Exception {
        String sender = digits(18);
        String stranger = digits(18);
        var c = resolved(Channel.X, digits(19), X_ACCOUNT, sender);
        String ratingCode = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);
        String proofPage = "/lacak/" + c.ticket() + "/bukti-penilaian";

        Browser owner = new Browser();
        String tracking = owner.get("/lacak/" + c.ticket()).body();
        assertThat(tracking).contains("id=\"beri-penilaian\"").doesNotContain("id=\"rate\"");

        var issued = owner.post(proofPage, "/lacak/" + c.ticket(), Map.of());
        assertThat(issued.statusCode()).isEqualTo(200);
        String code = codeOn(issued.body());
        assertThat(issued.body()).contains("@PemprovNTB_Uji").doesNotContain(ratingCode);
        assertThat(jdbc.queryForList("SELECT code_hash, browser_hash FROM rating_proof")
                        .toString())
                .as("only hashes are kept")
                .doesNotContain(code)
                .doesNotContain(code.substring(6));

        // another account sends the code, publicly and privately; the complainant sends a wrong code: nothing
        tweet(stranger, code);
        directMessage(stranger, "Kode saya " + code);
        directMessage(sender, "NILAI-AAAAAAAA");
        String waiting = owner.get(proofPage).body();
        assertThat(waiting)
                .contains("id=\"waiting\"")
                .doesNotContain("id=\"rate\"")
                .doesNotContain(ratingCode);
        TestPlatforms.get()
                .verify(0, postRequestedFor(urlPathEqualTo("/x/2/dm_conversations/with/" + stranger + "/messages")));

        // a second browser asks for a code that expires before the complainant sends it: nothing either
        Browser late = new Browser();
        String lateCode =
                codeOn(late.post(proofPage, "/lacak/" + c.ticket(), Map.of()).body());
        jdbc.update(
                "UPDATE rating_proof SET expires_at = ? WHERE id = (SELECT m FROM (SELECT MAX(id) m FROM rating_proof"
                        + " WHERE complaint_id = ?) x)",
                Timestamp.from(Instant.now().minusSeconds(1)),
                ComplaintRows.id(jdbc, c.ticket()));
        directMessage(sender, lateCode);
        assertThat(late.get(proofPage).body())
                .contains("tidak berlaku")
                .contains("id=\"minta-kode\"")
                .doesNotContain("id=\"rate\"");

        // the complainant sends the code by DM from the same X account: the link comes back privately...
        directMessage(sender, "Ini kodenya: " + code.toLowerCase());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> TestPlatforms.get()
                        .verify(
                                1,
                                postRequestedFor(urlPathEqualTo("/x/2/dm_conversations/with/" + sender + "/messages"))
                                        .withRequestBody(matchingJsonPath(
                                                "$.text", containing(c.ticket() + "?kode=" + ratingCode)))));
        // ...and the browser that asked now shows the rating form; no other browser does
        String proven = owner.get(proofPage).body();
        assertThat(proven).contains("id=\"rate\"");
        assertThat(HtmlForms.hidden(proven, "kode")).isEqualTo(ratingCode);
        assertThat(new Browser().get(proofPage).body())
                .doesNotContain("id=\"rate\"")
                .doesNotContain(ratingCode);
        assertThat(late.get(proofPage).body()).doesNotContain("id=\"rate\"");
        // the code is used: sent again (even by the complainant) it changes nothing more
        directMessage(sender, code);
        TestPlatforms.get()
                .verify(1, postRequestedFor(urlPathEqualTo("/x/2/dm_conversations/with/" + sender + "/messages")));

        var rated = owner.post(
                "/lacak/" + c.ticket() + "/nilai",
                proofPage,
                Map.of("kode", ratingCode, "nilai", "4", "komentar", "Sudah rata, terima kasih"));
        assertThat(rated.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ComplaintRows.value(jdbc, c.ticket(), "rating", Integer.class), r -> r != null && r == 4);
    }

    @Test
    void aStrangerAsksForFiveCodesAndTheComplainantsOwnBrowserStillGetsOne() throws Exception {
        String sender = digits(18);
        var c = resolved(Channel.X, digits(19), X_ACCOUNT, sender);
        String tracking = "/lacak/" + c.ticket();
        String proofPage = tracking + "/bukti-penilaian";

        // a stranger who knows the ticket asks for five codes, and a sixth: their own browser is refused
        Browser stranger = new Browser();
        for (int i = 0; i < RatingProofs.MAX_PER_BROWSER_PER_HOUR; i++) {
            var asked = stranger.post(proofPage, tracking, Map.of());
            assertThat(asked.statusCode()).isEqualTo(200);
            codeOn(asked.body());
        }
        var sixth = stranger.post(proofPage, tracking, Map.of());
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("id=\"too-many\"").doesNotContainPattern(CODE.pattern());

        // the complainant's own browser still gets a code, and sending it from their account unlocks the rating
        Browser owner = new Browser();
        var issued = owner.post(proofPage, tracking, Map.of());
        assertThat(issued.statusCode()).isEqualTo(200);
        String code = codeOn(issued.body());
        directMessage(sender, "Ini kodenya: " + code);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(owner.get(proofPage).body()).contains("id=\"rate\""));
        // the stranger's browser stays without the form
        assertThat(stranger.get(proofPage).body()).doesNotContain("id=\"rate\"");
    }

    @Test
    void noCodeIsIssuedForACaseNotAwaitingItsRatingOrWhoseComplainantHasAPrivateChannel() throws Exception {
        var dm = resolved(Channel.X, "dm:" + digits(19), X_ACCOUNT, digits(18));
        Browser browser = new Browser();
        assertThat(browser.get("/lacak/" + dm.ticket()).body()).doesNotContain("id=\"beri-penilaian\"");
        var refused = browser.post("/lacak/" + dm.ticket() + "/bukti-penilaian", "/aduan", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).doesNotContainPattern(CODE.pattern());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rating_proof WHERE complaint_id = ?",
                        Integer.class,
                        ComplaintRows.id(jdbc, dm.ticket())))
                .isZero();
    }

    @Test
    void afterAReopenTheCommenterGetsNoSecondPrivateReplyButAPublicPointerToTheProofOnTheTrackingPage() {
        String commentId = PAGE + "_" + digits(15);
        var c = resolved(Channel.FACEBOOK, commentId, PAGE, digits(16));
        var wiremock = TestPlatforms.get();
        var privateReplies = postRequestedFor(urlPathEqualTo("/graph/me/messages"))
                .withRequestBody(matchingJsonPath("$.recipient.comment_id", equalTo(commentId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> wiremock.verify(1, privateReplies));

        assertThat(cases.rate(c, 2).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> (Integer) cases.row(c).get("reopen_count") == 1);
        cases.resolve(c, "Lubang ditambal ulang dengan aspal panas.");

        // a public reply under the comment points to the proof on /lacak: the ticket and the address only
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> wiremock.verify(
                        1,
                        postRequestedFor(urlEqualTo("/graph/" + commentId + "/comments"))
                                .withRequestBody(containing(c.ticket() + "/bukti-penilaian"))));
        String newCode = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);
        wiremock.verify(
                0,
                postRequestedFor(urlEqualTo("/graph/" + commentId + "/comments"))
                        .withRequestBody(containing(newCode)));
        // Meta takes one private reply per comment: none is tried again
        wiremock.verify(1, privateReplies);
    }

    @Test
    void afterAReopenACommenterWhoWroteInMessengerWithinTheWindowGetsTheCodeThere() throws Exception {
        String commentId = PAGE + "_" + digits(15);
        String commenter = digits(16);
        var c = resolved(Channel.FACEBOOK, commentId, PAGE, commenter);
        var wiremock = TestPlatforms.get();
        var privateReplies = postRequestedFor(urlPathEqualTo("/graph/me/messages"))
                .withRequestBody(matchingJsonPath("$.recipient.comment_id", equalTo(commentId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> wiremock.verify(1, privateReplies));

        // the commenter writes to the page in Messenger: the standard window is open for them
        ObjectNode messenger = (ObjectNode) JSON.readTree(TestPlatforms.fixture("messenger-message.json"));
        ObjectNode event =
                (ObjectNode) messenger.path("entry").get(0).path("messaging").get(0);
        ((ObjectNode) event.path("sender")).put("id", commenter);
        ((ObjectNode) event.path("message")).put("mid", "m_" + digits(20)).put("text", "Terima kasih infonya pak.");
        assertThat(id.tanggap.inbox.SocialWebhooks.deliver(api, JSON.writeValueAsBytes(messenger))
                        .status())
                .isEqualTo(200);

        assertThat(cases.rate(c, 2).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> (Integer) cases.row(c).get("reopen_count") == 1);
        cases.resolve(c, "Lubang ditambal ulang dengan aspal panas.");
        String newCode = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> wiremock.verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/graph/me/messages"))
                                .withRequestBody(matchingJsonPath("$.recipient.id", equalTo(commenter)))
                                .withRequestBody(matchingJsonPath("$.message.text", containing("kode " + newCode)))));
        wiremock.verify(1, privateReplies);
        wiremock.verify(
                0,
                postRequestedFor(urlEqualTo("/graph/" + commentId + "/comments"))
                        .withRequestBody(containing("/bukti-penilaian")));
    }
}
