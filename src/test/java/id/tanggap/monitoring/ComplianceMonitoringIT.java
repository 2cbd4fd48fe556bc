package id.tanggap.monitoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.tanggap.devrun.DevMailText;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * social-media-compliance.bpmn on the engine with the Graph API served locally: an active account
 * passes, an idle one fails, the official is e-mailed, three failures in a row reach the head of the
 * OPD, and an expired token becomes an incident.
 */
class ComplianceMonitoringIT extends IntegrationTest {

    private static final DateTimeFormatter GRAPH =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);
    private static final String KABID_PUPR = "197203151998031004";

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private OfficialAccount account(String token) {
        OfficialAccount a = new OfficialAccount(
                "FACEBOOK",
                "7" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                "kabid.pupr.uji",
                "https://www.facebook.com/kabid.pupr.uji",
                "DPUPR",
                KABID_PUPR,
                "SUBMITTED",
                token,
                Instant.now());
        a.verified(Instant.now());
        return accounts.save(a);
    }

    private void latestPost(OfficialAccount a, Instant at) {
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/graph/" + a.getPlatformAccountId() + "/posts"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"data\":[{\"id\":\"1_2\",\"created_time\":\"" + GRAPH.format(at)
                                        + "\"}],\"paging\":{}}")));
    }

    private long run(OfficialAccount a) {
        return ComplianceRuns.run(a);
    }

    private Map<String, Object> lastCheck(OfficialAccount a) {
        return ComplianceRuns.lastCheck(jdbc, a);
    }

    private long mails(String to, String handle, String part) {
        return TestMail.to(to).stream()
                .filter(m -> TestMail.subjectOf(m).contains(handle)
                        && TestMail.subjectOf(m).contains(part))
                .count();
    }

    @Test
    void anActiveAccountPassesAnIdleOneIsChasedAndThreeFailuresReachTheHead() throws Exception {
        OfficialAccount a = account("token-" + UUID.randomUUID());
        latestPost(a, ENGINE.now().minus(Duration.ofDays(1)));
        long first = run(a);
        assertThat(ENGINE.completedElements(first))
                .contains("Task_ReadAccountActivity", "Task_EvaluateCompliance", "EndEvent_AccountCompliant");
        assertThat(lastCheck(a).get("compliant")).isIn(true, 1, (byte) 1);
        assertThat(lastCheck(a).get("consecutive_failures")).isEqualTo(0);

        // no post for 30 days: three days running, the third reaches the head of Dinas PUPR
        latestPost(a, ENGINE.now().minus(Duration.ofDays(30)));
        for (int day = 1; day <= 3; day++) {
            runtime.increaseTime(Duration.ofDays(1));
            run(a);
            int expected = day;
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> ((Number) lastCheck(a).get("consecutive_failures")).intValue() == expected);
        }
        assertThat(lastCheck(a).get("active")).isIn(false, 0, (byte) 0);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mails("kabid.dpupr@ntbprov.example", "kabid.pupr.uji", "belum memenuhi") >= 3);
        var toHead = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> TestMail.to("kadis.dpupr@ntbprov.example").stream()
                                .filter(m -> TestMail.subjectOf(m).contains("kabid.pupr.uji")
                                        && TestMail.subjectOf(m).contains("3 kali"))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        assertThat(DevMailText.plainText(toHead))
                .contains("tidak ada unggahan dalam 7 hari terakhir", "ke-3 berturut-turut");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM compliance_check WHERE account_id = ?", Integer.class, a.getId()))
                .isEqualTo(4);
    }

    @Test
    void postsAreReadPageByPageAndARateLimitIsWaitedOut() {
        OfficialAccount a = account("token-" + UUID.randomUUID());
        Instant now = ENGINE.now();
        String path = "/graph/" + a.getPlatformAccountId() + "/posts";
        // the first answer is Graph's rate limit (code 4): the job is retried after its back-off
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo(path))
                        .atPriority(1)
                        .inScenario("rate")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(TestPlatforms.json("graph-error-rate-limit.json")
                                .withStatus(400))
                        .willSetStateTo("ok"));
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo(path))
                        .atPriority(2)
                        .inScenario("rate")
                        .whenScenarioStateIs("ok")
                        .withQueryParam("after", absent())
                        .willReturn(
                                page(now.minus(Duration.ofHours(5)), now.minus(Duration.ofDays(2)), "CURSOR-1", true)));
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo(path))
                        .atPriority(1)
                        .inScenario("rate")
                        .whenScenarioStateIs("ok")
                        .withQueryParam("after", equalTo("CURSOR-1"))
                        .willReturn(page(
                                now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(20)), "CURSOR-2", false)));
        run(a);
        var check = lastCheck(a);
        assertThat(check.get("posts_last_7_days")).isEqualTo(3);
        assertThat(check.get("compliant")).isIn(true, 1, (byte) 1);
        TestPlatforms.get()
                .verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(path))
                        .withQueryParam("after", equalTo("CURSOR-1")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder page(
            Instant first, Instant second, String after, boolean more) {
        String paging = "{\"cursors\":{\"before\":\"B\",\"after\":\"" + after + "\"}"
                + (more ? ",\"next\":\"https://graph.example/next\"" : "") + "}";
        return aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[{\"id\":\"1\",\"created_time\":\"" + GRAPH.format(first)
                        + "\"},{\"id\":\"2\",\"created_time\":\"" + GRAPH.format(second) + "\"}],\"paging\":" + paging
                        + "}");
    }

    @Test
    void anExpiredTokenIsAnIncidentNotACrash() {
        OfficialAccount a = account("expired-" + UUID.randomUUID());
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/graph/" + a.getPlatformAccountId() + "/posts"))
                        .atPriority(1)
                        .willReturn(TestPlatforms.json("graph-error-expired-token.json")
                                .withStatus(400)));
        try (ZeebeClient client = ENGINE.engine().createClient()) {
            long instance = client.newCreateInstanceCommand()
                    .bpmnProcessId("social-media-compliance")
                    .latestVersion()
                    .variables(Map.of("requestedAccountIds", List.of(a.getId())))
                    .send()
                    .join()
                    .getProcessInstanceKey();
            var incident = await().atMost(Duration.ofSeconds(15))
                    .until(
                            () -> StreamSupport.stream(
                                            ENGINE.records().incidentRecords().spliterator(), false)
                                    .filter(i -> i.getIntent() == IncidentIntent.CREATED
                                            && i.getValue().getProcessInstanceKey() == instance)
                                    .findFirst()
                                    .orElse(null),
                            i -> i != null);
            assertThat(incident.getValue().getElementId()).isEqualTo("Task_ReadAccountActivity");
            assertThat(incident.getValue().getErrorMessage()).contains("kedaluwarsa", "kabid.pupr.uji");
        } finally {
            // keep the daily runs of later tests away from this account
            ComplianceRuns.retire(accounts, a);
        }
    }
}
