package id.tanggap.inbox;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import id.tanggap.testsupport.NotificationRows;
import id.tanggap.testsupport.TestPlatforms;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The social inbox's actions end to end in headless Chromium (tools/e2e-inbox.mjs), logged in with a
 * cookie session: what waits is listed and spam is not, an uncertain complaint becomes one case even
 * when double-clicked, an aspiration is e-mailed to the OPD without a case, a question is answered on
 * Facebook with a saved reply (and the privacy notice), a hoax report is dismissed; a POST without the
 * CSRF token is refused.
 */
class SocialInboxBrowserIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    String deliver(Api api, String text) {
        String id = "1221456789_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
        String sender = "8" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
        var r = SocialWebhooks.deliver(api, SocialWebhooks.comment(id, sender, "Warga Uji", text, null));
        assertThat(SocialWebhooks.tickets(jdbc, r)).isEmpty();
        return id;
    }

    long idOf(String platformMessageId) {
        return jdbc.queryForObject(
                "SELECT id FROM social_interaction WHERE platform = 'FACEBOOK' AND platform_message_id = ?",
                Long.class,
                platformMessageId);
    }

    @Test
    void diskominfoMakesACaseForwardsAnAspirationAnswersAQuestionAndDismissesAHoaxReport() throws Exception {
        Api api = new Api(port);
        String complaint = deliver(api, "Jalan di dusun kami kapan diperbaiki pak?");
        String aspiration = deliver(api, "Usul pak, sebaiknya dibangun halte di depan kampus Unram");
        String question = deliver(api, "Kapan pendaftaran beasiswa NTB dibuka pak?");
        String hoax = deliver(api, "Beredar kabar sekolah libur seminggu, benarkah min?");
        String spam = deliver(api, "Promo slot gacor deposit 10rb bonus 100% klik bit.ly/gacor");
        assertThat(jdbc.queryForMap("SELECT class_code, state FROM social_interaction WHERE id = ?", idOf(complaint)))
                .containsEntry("class_code", "ADUAN")
                .containsEntry("state", "MENUNGGU");
        int mailsBefore = NotificationRows.count(jdbc, "inbox-aspiration");

        NodeTool.Result run = NodeTool.run(
                "e2e-inbox.mjs",
                api.base(),
                Long.toString(idOf(complaint)),
                Long.toString(idOf(aspiration)),
                Long.toString(idOf(question)),
                Long.toString(idOf(hoax)),
                Long.toString(idOf(spam)),
                "DPUPR",
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper()
                .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());

        assertThat(report.get("title").asText()).isEqualTo("Kotak masuk media sosial");
        assertThat(report.get("listed"))
                .extracting(JsonNode::asText)
                .contains(
                        Long.toString(idOf(complaint)),
                        Long.toString(idOf(aspiration)),
                        Long.toString(idOf(question)),
                        Long.toString(idOf(hoax)))
                .doesNotContain(Long.toString(idOf(spam)));
        assertThat(report.get("spamListed")).extracting(JsonNode::asText).contains(Long.toString(idOf(spam)));
        assertThat(report.get("complaintClass").asText()).isEqualTo("Aduan");
        assertThat(report.get("postWithoutCsrf").asInt()).isEqualTo(403);
        assertThat(report.get("consoleErrors"))
                .isEmpty(); // no CSP refusal: the page's only script is /js/kotak-masuk.js
        assertThat(report.get("failedRequests"))
                .extracting(JsonNode::asText)
                .contains("403 /kotak-masuk")
                .allMatch(f -> f.equals("403 /kotak-masuk") || f.endsWith("/favicon.ico"));

        // one case, however often the button was pressed
        assertThat(report.get("caseResult").asText()).contains("dijadikan kasus");
        assertThat(ComplaintRows.countFrom(jdbc, "FACEBOOK", complaint)).isEqualTo(1);
        String ticket = ComplaintRows.ticketFrom(jdbc, "FACEBOOK", complaint);
        assertThat(report.get("ticketShown").asText()).isEqualTo(ticket);
        assertThat(ComplaintRows.value(jdbc, ticket, "category_code", String.class))
                .isEqualTo("JALAN_RUSAK");

        // the aspiration is information for the OPD: an e-mail, no case, no clock
        assertThat(report.get("aspirationResult").asText()).startsWith("1 pesan diteruskan sebagai aspirasi");
        assertThat(NotificationRows.count(jdbc, "inbox-aspiration")).isEqualTo(mailsBefore + 1);
        assertThat(ComplaintRows.countWithExternalId(jdbc, aspiration)).isZero();

        assertThat(report.get("answerResult").asText()).startsWith("1 pesan dijawab");
        TestPlatforms.get()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo("/graph/" + question + "/comments"))
                                .withRequestBody(matchingJsonPath("$.message", containing("Terima kasih")))
                                .withRequestBody(matchingJsonPath("$.message", containing("/privasi"))));
        assertThat(report.get("dismissResult").asText()).startsWith("1 pesan diabaikan");

        assertThat(report.get("states"))
                .isEqualTo(new ObjectMapper()
                        .valueToTree(Map.of(
                                Long.toString(idOf(complaint)), "KASUS",
                                Long.toString(idOf(aspiration)), "ASPIRASI",
                                Long.toString(idOf(question)), "DIJAWAB",
                                Long.toString(idOf(hoax)), "DIABAIKAN")));
        assertThat(jdbc.queryForObject(
                        "SELECT decided_by FROM social_interaction WHERE id = ?", String.class, idOf(hoax)))
                .isEqualTo("diskominfo");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> NotificationRows.count(jdbc, "inbox-aspiration", "SENT") > 0);
    }
}
