package id.tanggap.monitoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tanggap.devrun.DevMailText;
import id.tanggap.inbox.SocialWebhooks;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monitoring that tells the truth (issue 12): an account that is not connected is "belum terhubung"
 * on every daily run and its owner is told once, not once a day; a WhatsApp number is judged by the
 * answers to the messages it received, not by a feed it does not have; comments of others on an
 * account's own posts left unanswered count against its responsiveness; the results page shows the
 * head of an OPD their own OPD only.
 */
class MonitoringTruthIT extends IntegrationTest {

    private static final DateTimeFormatter GRAPH =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);
    private static final String KABID_PUPR = "197203151998031004";

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private OfficialAccount account(String platform, String handle, String nip, String token) {
        OfficialAccount a = new OfficialAccount(
                platform,
                "7" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                handle,
                "https://example.test/" + handle,
                "DPUPR",
                nip,
                "SUBMITTED",
                token,
                Instant.now());
        a.verified(Instant.now());
        return accounts.save(a);
    }

    private long run(OfficialAccount a) {
        return ComplianceRuns.run(a);
    }

    private Map<String, Object> lastCheck(OfficialAccount a) {
        return ComplianceRuns.lastCheck(jdbc, a);
    }

    private static boolean yes(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private List<jakarta.mail.internet.MimeMessage> mails(String to, String handle) {
        return TestMail.to(to).stream()
                .filter(m -> TestMail.subjectOf(m).contains(handle))
                .toList();
    }

    @Test
    void aRegisteredButUnconnectedAccountIsToldOnceNotEveryDay() throws Exception {
        String handle = "belum.terhubung." + UUID.randomUUID().toString().substring(0, 6);
        OfficialAccount a = account("FACEBOOK", handle, KABID_PUPR, null);
        long first = run(a);
        assertThat(ENGINE.completedElements(first))
                .contains("Gateway_Connected", "Task_RecordNotConnected", "EndEvent_NotConnected")
                .doesNotContain("Task_EvaluateCompliance", "Task_NotifyNonCompliance");
        for (int day = 1; day <= 3; day++) {
            runtime.increaseTime(Duration.ofDays(1));
            run(a);
        }
        int days = jdbc.queryForObject(
                "SELECT COUNT(*) FROM compliance_check WHERE account_id = ?", Integer.class, a.getId());
        assertThat(days).isGreaterThanOrEqualTo(4);
        // every day recorded as not connected: not compliant, but no failure and no run of failures
        assertThat(jdbc.queryForList(
                        "SELECT connected, consecutive_failures FROM compliance_check WHERE account_id = ?", a.getId()))
                .allSatisfy(r -> {
                    assertThat(yes(r.get("connected"))).isFalse();
                    assertThat(((Number) r.get("consecutive_failures")).intValue())
                            .isZero();
                });
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !mails("kabid.dpupr@ntbprov.example", handle).isEmpty());
        Thread.sleep(2000); // a second notice, if one were sent, would be out by now
        var notices = mails("kabid.dpupr@ntbprov.example", handle);
        assertThat(notices).hasSize(1);
        assertThat(TestMail.subjectOf(notices.get(0))).contains("belum terhubung");
        assertThat(DevMailText.plainText(notices.get(0))).contains("hanya dikirim sekali", "bukan sebagai pelanggaran");
        assertThat(mails("kadis.dpupr@ntbprov.example", handle)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM monitoring_notice WHERE kind = 'NOT_CONNECTED' AND subject = ?",
                        Integer.class,
                        a.getId().toString()))
                .isEqualTo(1);

        // the head of Dinas PUPR sees it as "Belum terhubung"; the head of Dinas LHK does not see PUPR at all
        String page = page("kadis-pupr", "/pemantauan").body();
        assertThat(page).contains(handle, "Belum terhubung", "Per OPD");
        assertThat(page("kadis-dlhk", "/pemantauan").body()).doesNotContain(handle);
        assertThat(page("kadis-dlhk", "/pemantauan?opd=DPUPR").statusCode()).isEqualTo(403);
        assertThat(page("pupr", "/pemantauan").statusCode()).isEqualTo(403);
        assertThat(page("diskominfo", "/pemantauan?opd=DPUPR").body()).contains(handle);
    }

    @Test
    void aWhatsAppNumberIsJudgedByItsAnswersNotByPosts() throws Exception {
        String handle = "wa.pupr." + UUID.randomUUID().toString().substring(0, 6);
        OfficialAccount a = account("WHATSAPP", handle, null, "wa-token-" + UUID.randomUUID());
        run(a);
        // no feed to read, nothing waiting: compliant
        assertThat(yes(lastCheck(a).get("compliant"))).isTrue();
        assertThat(yes(lastCheck(a).get("active"))).isTrue();
        TestPlatforms.get().verify(0, getRequestedFor(urlPathEqualTo("/graph/" + a.getPlatformAccountId() + "/posts")));

        // a message to the number that nobody answers within a day makes it unresponsive
        Api.Response delivered =
                whatsApp(a.getPlatformAccountId(), "Lapor, saluran air di depan rumah kami tersumbat sejak kemarin.");
        assertThat(delivered.status()).isEqualTo(200);
        // the message is kept at once and classified right after (inbox/ClassificationQueue): wait until it is either
        // a case or waiting in the inbox as classified, so that the clock is not moved before the case is made (a case
        // made after the move would be received "now" and not yet overdue)
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                        "SELECT COUNT(*) FROM social_interaction WHERE channel = 'WHATSAPP' AND account_id = ? AND class_code <> 'BELUM'",
                                        Integer.class,
                                        a.getPlatformAccountId())
                                > 0
                        && ComplaintRows.countThroughAccount(jdbc, "WHATSAPP", a.getPlatformAccountId())
                                        + jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM social_interaction WHERE channel = 'WHATSAPP' AND account_id = ? AND state = 'MENUNGGU'",
                                                Integer.class,
                                                a.getPlatformAccountId())
                                > 0);
        runtime.increaseTime(Duration.ofDays(2));
        run(a);
        assertThat(yes(lastCheck(a).get("responsive"))).isFalse();
        assertThat(((Number) lastCheck(a).get("unanswered_overdue")).intValue()).isEqualTo(1);
        ComplianceRuns.retire(accounts, a);
    }

    @Test
    void anUnansweredCommentOnTheAccountsOwnPostCountsAgainstIt() throws Exception {
        String handle = "komentar.pupr." + UUID.randomUUID().toString().substring(0, 6);
        OfficialAccount a = account("FACEBOOK", handle, KABID_PUPR, "token-" + UUID.randomUUID());
        Instant now = ENGINE.now();
        String posts = "/graph/" + a.getPlatformAccountId() + "/posts";
        String postTime = GRAPH.format(now.minus(Duration.ofDays(2)));
        String old = GRAPH.format(now.minus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
        String fresh = GRAPH.format(now.minus(Duration.ofHours(2)));
        // the documented shape of /{page}/posts with field expansion: comments with from and their replies
        String body = "{\"data\":[{\"id\":\"" + a.getPlatformAccountId() + "_901\",\"created_time\":\"" + postTime
                + "\",\"comments\":{\"data\":["
                + "{\"id\":\"901_1\",\"from\":{\"name\":\"Warga Satu\",\"id\":\"5550001\"},\"created_time\":\"" + old
                + "\",\"message\":\"Kapan jalan ke Sembalun diperbaiki?\"},"
                + "{\"id\":\"901_2\",\"from\":{\"name\":\"Warga Dua\",\"id\":\"5550002\"},\"created_time\":\"" + old
                + "\",\"comments\":{\"data\":[{\"id\":\"901_3\",\"from\":{\"name\":\"Kabid\",\"id\":\""
                + a.getPlatformAccountId() + "\"},\"created_time\":\"" + fresh + "\"}]}},"
                + "{\"id\":\"901_4\",\"created_time\":\"" + old + "\"},"
                + "{\"id\":\"901_5\",\"from\":{\"name\":\"Warga Tiga\",\"id\":\"5550003\"},\"created_time\":\"" + fresh
                + "\"}"
                + "],\"paging\":{\"cursors\":{\"before\":\"B\",\"after\":\"A\"}}}}],\"paging\":{}}";
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo(posts))
                        .atPriority(1)
                        .withQueryParam("fields", containing("comments"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(body)));
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo(posts))
                        .atPriority(2)
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"data\":[{\"id\":\"1_2\",\"created_time\":\"" + postTime
                                        + "\"}],\"paging\":{}}")));
        run(a);
        // one comment past the 24-hour service level without the account's reply; the answered one, the
        // one whose author the platform hides and the fresh one do not count
        var check = lastCheck(a);
        assertThat(((Number) check.get("unanswered_comments")).intValue()).isEqualTo(1);
        assertThat(yes(check.get("active"))).isTrue();
        assertThat(yes(check.get("responsive"))).isFalse();
        var mail = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> mails("kabid.dpupr@ntbprov.example", handle).stream()
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        assertThat(DevMailText.plainText(mail)).contains("komentar yang belum ditanggapi");
        ComplianceRuns.retire(accounts, a);
    }

    private Api.Response whatsApp(String phoneNumberId, String text) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode fixture = json.readTree(TestPlatforms.fixture("whatsapp-text-message.json"));
        ObjectNode value =
                (ObjectNode) fixture.path("entry").get(0).path("changes").get(0).path("value");
        ((ObjectNode) value.path("metadata")).put("phone_number_id", phoneNumberId);
        String from = "62819" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        ((ObjectNode) value.path("contacts").get(0)).put("wa_id", from);
        ObjectNode message = (ObjectNode) value.path("messages").get(0);
        message.put("from", from).put("id", "wamid." + UUID.randomUUID());
        ((ObjectNode) message.path("text")).put("body", text);
        return SocialWebhooks.deliver(new Api(port), json.writeValueAsBytes(fixture));
    }

    private HttpResponse<String> page(String user, String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "text/html")
                                .header("Authorization", "Basic " + auth)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
