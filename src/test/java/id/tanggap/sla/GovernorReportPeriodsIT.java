package id.tanggap.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.OutboxRows;
import id.tanggap.testsupport.TestMail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Governor's report: "send back for revision" goes to Diskominfo with the note (kept) and
 * recompiles the same period however late the revision is; Diskominfo can ask for any period.
 */
@Tag("scenario")
class GovernorReportPeriodsIT extends IntegrationTest {

    private static final String HEAD = "kadis.diskominfotik@ntbprov.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void aRequestedPeriodIsCompiledAndARevisionGoesToDiskominfoAndRecompilesTheSamePeriod() throws Exception {
        String key = "req-" + UUID.randomUUID();
        var accepted = request("diskominfo", "{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}", key);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        // a retry with the same key starts nothing new
        assertThat(request("diskominfo", "{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}", key)
                        .status())
                .isEqualTo(202);

        long instance = await().atMost(Duration.ofSeconds(30))
                .until(() -> instances("2026-03-01"), l -> !l.isEmpty())
                .get(0);
        Thread.sleep(1500);
        assertThat(instances("2026-03-01")).hasSize(1);
        var review = runtime.awaitUserTask(instance, "Task_ReviewReport");
        long reportId = ((Number) runtime.variables(instance).get("reportId")).longValue();
        assertThat(period(reportId)).isEqualTo("2026-03-01/2026-04-01");

        // sent back: the note is kept and Diskominfo gets a task with it
        runtime.completeUserTask(
                review.key(),
                Map.of("reviewDecision", "REVISE", "revisionNotes", "Angka Dinas PUPR belum termasuk aduan LAPOR."));
        var revise = runtime.awaitUserTask(instance, "Task_ReviseReport");
        assertThat(revise.candidateGroups()).containsExactly("diskominfo");
        assertThat(runtime.variables(instance))
                .containsEntry("revisionNotes", "Angka Dinas PUPR belum termasuk aduan LAPOR.");
        await().atMost(Duration.ofSeconds(10)).until(() -> notes(reportId).size() == 1);

        // a day without the revision reminds the head who asked for it
        Instant due = ProcessDates.parse(revise.dueDate());
        Instant before = runtime.engineNow();
        assertThat(due)
                .isBetween(before.plus(Duration.ofHours(24)).minusSeconds(30), before.plus(Duration.ofHours(24)));
        runtime.increaseTime(Duration.between(runtime.engineNow(), due).plusMinutes(1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.to(HEAD).stream()
                        .anyMatch(m -> TestMail.subjectOf(m).contains("menunggu perbaikan")
                                && TestMail.subjectOf(m).contains("Maret 2026")));

        // revised: recompiled for the same period, reviewed again
        runtime.completeUserTask(revise.key(), Map.of("revisionDone", "Aduan LAPOR Maret dimasukkan."));
        var second = await().atMost(Duration.ofSeconds(20))
                .until(() -> runtime.awaitUserTask(instance, "Task_ReviewReport"), t -> t.key() != review.key());
        assertThat(period(reportId)).isEqualTo("2026-03-01/2026-04-01");
        runtime.completeUserTask(second.key(), Map.of("reviewDecision", "APPROVE"));
        runtime.awaitCompletedThrough(
                instance,
                "Task_RecordRevisionNote",
                "Timer_RevisionOverdue",
                "Task_RemindRevision",
                "EndEvent_RevisionReminded",
                "EndEvent_ReportSent");
        assertThat(notes(reportId)).containsExactly("Angka Dinas PUPR belum termasuk aduan LAPOR.");
    }

    @Test
    void thePageStartsOneReportForADoubleClickAndARefreshOfTheNoticeStartsNothing() throws Exception {
        var form = api.get("/laporan/minta", "diskominfo", "tanggap");
        assertThat(form.status()).isEqualTo(200);
        var key = java.util.regex.Pattern.compile("name=\"kunci\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(key.find()).as("the form carries a one-time key").isTrue();
        String sent = "kunci=" + key.group(1) + "&dari=2026-02-01&sampai=2026-02-28";

        // a double click: both answers lead to the same notice, and one report is compiled
        var first = postPage(sent);
        var second = postPage(sent);
        for (var answer : List.of(first, second)) {
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .contains("/laporan/minta?diminta&dari=2026-02-01&sampai=2026-02-28");
        }
        String notice = first.headers().firstValue("Location").orElseThrow();
        // the notice, and its refresh, only show
        for (int refresh = 0; refresh < 2; refresh++) {
            var page = api.get(notice.replaceFirst("^https?://[^/]+", ""), "diskominfo", "tanggap");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"diminta\"", "1 Februari 2026", "28 Februari 2026", "sedang disusun");
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> instances("2026-02-01"), l -> !l.isEmpty());
        Thread.sleep(1500);
        assertThat(instances("2026-02-01")).hasSize(1);
    }

    private java.net.http.HttpResponse<String> postPage(String form) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/laporan/minta"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "diskominfo:tanggap".getBytes(StandardCharsets.UTF_8)))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWeeklyReportSentBackLaterIsRecompiledForItsOwnWeekNotTheCurrentOne() throws Exception {
        long instance;
        try (io.camunda.zeebe.client.ZeebeClient client = ENGINE.engine().createClient()) {
            instance = client.newCreateInstanceCommand()
                    .bpmnProcessId("periodic-report")
                    .latestVersion()
                    .variables(Map.of("periodKind", "WEEKLY"))
                    .send()
                    .join()
                    .getProcessInstanceKey();
        }
        var review = runtime.awaitUserTask(instance, "Task_ReviewReport");
        long reportId = ((Number) runtime.variables(instance).get("reportId")).longValue();
        String week = period(reportId);

        runtime.completeUserTask(
                review.key(), Map.of("reviewDecision", "REVISE", "revisionNotes", "Periksa lagi angka keterlambatan."));
        var revise = runtime.awaitUserTask(instance, "Task_ReviseReport");
        // the revision takes ten days: the report is still about its own week
        runtime.increaseTime(Duration.ofDays(10));
        runtime.completeUserTask(revise.key(), Map.of("revisionDone", "Angka keterlambatan diperiksa."));
        var second = await().atMost(Duration.ofSeconds(20))
                .until(() -> runtime.awaitUserTask(instance, "Task_ReviewReport"), t -> t.key() != review.key());
        assertThat(period(reportId)).isEqualTo(week);
        runtime.completeUserTask(second.key(), Map.of("reviewDecision", "APPROVE"));
        runtime.awaitCompletedThrough(instance, "Task_ReviseReport", "EndEvent_ReportSent");
    }

    @Test
    void aBadPeriodIsRefusedWithProblemDetailsAndStartsNothing() {
        int before = OutboxRows.count(jdbc);
        var bad = request("diskominfo", "{\"from\":\"2031-13-01\",\"to\":\"kemarin\"}", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body()).contains("from", "to");
        assertThat(request("diskominfo", "{\"from\":\"2031-03-31\",\"to\":\"2031-03-01\"}", null)
                        .status())
                .isEqualTo(400);
        assertThat(request("diskominfo", "{\"from\":\"2020-01-01\",\"to\":\"2022-01-01\"}", null)
                        .status())
                .isEqualTo(400);
        assertThat(request("diskominfo", "{\"from\":\"2026-01-01\",\"to\":\"2099-01-31\"}", null)
                        .status())
                .isEqualTo(400);
        // not Diskominfo's: refused
        assertThat(request("pupr", "{\"from\":\"2031-03-01\",\"to\":\"2031-03-31\"}", null)
                        .status())
                .isEqualTo(403);
        assertThat(OutboxRows.count(jdbc)).isEqualTo(before);

        // the page keeps what was typed and says what is wrong
        String page = api.postAs(
                        "diskominfo",
                        "/laporan/minta",
                        "application/x-www-form-urlencoded",
                        "dari=2031-03-31&sampai=2031-03-01")
                .body();
        assertThat(page).contains("tidak boleh sebelum tanggal awal", "value=\"2031-03-31\"");
    }

    @Test
    void thePageConfirmsTheRequestedPeriodInIndonesianDatesToABrowserSetToEnglish() {
        // the notice a request redirects to, as a browser set to English opens it
        var sent = api.getAs(
                "diskominfo",
                "/laporan/minta?diminta&dari=2025-05-01&sampai=2025-05-31",
                Map.of("Accept", "text/html", "Accept-Language", "en-US,en;q=0.9"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body())
                .contains(
                        "<strong id=\"diminta-dari\">1 Mei 2025</strong>",
                        "<strong id=\"diminta-sampai\">31 Mei 2025</strong>")
                .doesNotContain("May 2025", "2025-05-01</strong>", "2025-05-31</strong>");
    }

    private Api.Response request(String user, String json, String key) {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8)));
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        return api.post("/api/reports", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    private List<Long> instances(String periodFrom) {
        return ENGINE.processInstances("periodic-report").stream()
                .filter(k -> periodFrom.equals(runtime.variables(k).get("periodFrom"))
                        && "REQUESTED".equals(runtime.variables(k).get("periodKind")))
                .toList();
    }

    private String period(long reportId) {
        return jdbc.queryForObject(
                "SELECT CONCAT(period_from, '/', period_to) FROM governor_report WHERE id = ?", String.class, reportId);
    }

    private List<String> notes(long reportId) {
        return jdbc.queryForList(
                "SELECT note FROM governor_report_revision WHERE report_id = ? ORDER BY id", String.class, reportId);
    }
}
