package id.tanggap.operations;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.shared.Channel;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The operators' Prometheus endpoint: only an ADMIN or the scrape token reads it, and its business
 * meters move as the cases do (a case received, an escalation fired, a reply the platform refused),
 * by exactly what happened, tagged with channel, OPD code, job type and platform, never with a
 * reporter's name, contact or ticket. The Grafana dashboard in docker/grafana shows only meters the
 * application really exposes.
 */
class OperationsMetricsIT extends CaseScenarioTest {

    private static final String REPORTER = "Baiq Metrik Rahmawati";
    private static final String CONTACT = "0813-7777-2468";

    @Autowired
    ComplaintIntake intake;

    @Value("${tanggap.metrics.scrape-token}")
    String scrapeToken;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyAnAdminOrTheScrapeTokenReadsTheMetrics() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("Bearer " + scrapeToken.substring(1) + "x").statusCode())
                .isEqualTo(401);
        assertThat(scrape(basic("pupr")).statusCode()).isEqualTo(403);
        assertThat(scrape(basic("sekda")).statusCode()).isEqualTo(403);
        // the scrape token opens the metrics and nothing else
        assertThat(get("/api/cases/ADU-2026-000001", "Bearer " + scrapeToken).statusCode())
                .isEqualTo(401);

        var asAdmin = scrape(basic("admin"));
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("jvm_memory_used_bytes", "tanggap_outbox_backlog");
        var asPrometheus = scrape("Bearer " + scrapeToken);
        assertThat(asPrometheus.statusCode()).isEqualTo(200);
        assertThat(asPrometheus.body()).contains("tanggap_official_accounts");
    }

    private static boolean exercised;

    @Test
    void businessMetersMoveByWhatHappenedWithoutPersonalData() throws Exception {
        exercised = true;
        long escalationsBefore = escalations();
        String before = scrapeBody();

        // one web report, sent twice with the same retry key: one case received
        String key = "metrics-" + UUID.randomUUID();
        String json = Api.complaint("WEB", null, "KEMACETAN", REPORTER, CONTACT, false, -8.58, 116.12, null);
        var first = cases.api().postWeb(json, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(cases.api().postWeb(json, key).status()).isEqualTo(200);
        var web = new Cases.Case(
                first.json().get("ticket").asText(),
                cases.instanceOf(first.json().get("ticket").asText()));

        // a Facebook comment to a page Tanggap holds no token for
        var facebook = cases.submitVia(
                intake,
                Cases.channelMessage(
                        Channel.FACEBOOK,
                        "fb-metrics-" + UUID.randomUUID(),
                        "JALAN_RUSAK",
                        REPORTER,
                        CONTACT,
                        -8.41,
                        116.44,
                        null));
        String afterIntake = scrapeBody();
        assertThat(delta(before, afterIntake, "tanggap_cases_received_total", Map.of("channel", "WEB")))
                .isEqualTo(1.0);
        assertThat(delta(before, afterIntake, "tanggap_cases_received_total", Map.of("channel", "FACEBOOK")))
                .isEqualTo(1.0);

        // the urgent web case is not answered within the hour: one escalation for its OPD
        cases.triage(
                web,
                vars(
                        "triageDecision",
                        "VALID",
                        "category",
                        "KEMACETAN",
                        "urgency",
                        "URGENT",
                        "complaintType",
                        "SIMPLE"));
        cases.task(web, "Task_RespondToComplaint");
        String opd = String.valueOf(cases.row(web).get("opd_code"));
        cases.advancePast(web, "responseDueDate");
        cases.mails(web, "kadis.dishub@ntbprov.example", "ESKALASI level 1", 1);

        // the Facebook case is answered; the reply cannot go out (no token): a permanent failure, an incident
        cases.triageValid(facebook, "JALAN_RUSAK");
        cases.respond(facebook, "Tim kami sudah menambal lubang tersebut.");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        delta(before, scrapeBody(), "tanggap_jobs_incidents_total", Map.of("type", "replyOnChannel"))
                                >= 1.0);

        String after = scrapeBody();
        // this case's breach is counted under its OPD, and every breach recorded in this window once (other
        // cases' timers may fire as the engine clock moves: the database is the tally; the counter follows
        // the row's commit, hence the wait)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String now = scrapeBody();
            long recorded = escalations() - escalationsBefore;
            assertThat(delta(before, now, "tanggap_sla_breaches_total", Map.of("opd", opd, "kind", "FIRST_RESPONSE")))
                    .isGreaterThanOrEqualTo(1.0);
            assertThat(delta(before, now, "tanggap_sla_breaches_total", Map.of()))
                    .isEqualTo((double) recorded);
        });
        assertThat(delta(
                        before,
                        after,
                        "tanggap_platform_post_failures_total",
                        Map.of("platform", "FACEBOOK", "permanent", "true")))
                .isEqualTo(1.0);
        assertThat(delta(before, after, "tanggap_jobs_failures_total", Map.of("type", "replyOnChannel")))
                .isGreaterThanOrEqualTo(1.0);
        assertThat(delta(before, after, "tanggap_jobs_incidents_total", Map.of("type", "replyOnChannel")))
                .isEqualTo(1.0);
        assertThat(value(after, "tanggap_outbox_backlog", Map.of("outbox", "engine")))
                .isGreaterThanOrEqualTo(0.0);
        assertThat(after).contains("tanggap_outbox_oldest_age_seconds{outbox=\"mail\"");
        for (String platform : List.of("FACEBOOK", "INSTAGRAM", "WHATSAPP", "X")) {
            assertThat(after)
                    .contains("tanggap_official_accounts{platform=\"" + platform + "\",token=\"connected\"}")
                    .contains("tanggap_official_accounts{platform=\"" + platform + "\",token=\"broken\"}");
        }

        // nothing in any series names a person or a case
        assertThat(after).doesNotContain(REPORTER, "Baiq", CONTACT, "08137777", web.ticket(), facebook.ticket());
    }

    @Test
    void everyPanelOfTheGrafanaDashboardShowsAMeterTheApplicationExposes() throws Exception {
        // the business counters appear once they first move: let every one of them move (once per run)
        if (!exercised) {
            businessMetersMoveByWhatHappenedWithoutPersonalData();
        }
        Set<String> exposed = seriesNames(scrapeBody());

        JsonNode dashboard =
                new ObjectMapper().readTree(Files.readString(Path.of("docker/grafana/dashboards/tanggap.json")));
        List<String> problems = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        int panels = 0;
        for (JsonNode panel : dashboard.get("panels")) {
            if ("row".equals(panel.path("type").asText())) {
                continue;
            }
            panels++;
            JsonNode targets = panel.path("targets");
            if (targets.isEmpty()) {
                problems.add(panel.path("title").asText() + ": no query");
            }
            for (JsonNode target : targets) {
                String expr = target.path("expr").asText();
                List<String> names = metricNames(expr);
                if (names.isEmpty()) {
                    problems.add(panel.path("title").asText() + ": no meter in " + expr);
                }
                for (String name : names) {
                    shown.add(name);
                    if (!exposed.contains(name)) {
                        problems.add(panel.path("title").asText() + ": " + name + " is not exposed");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(panels).isGreaterThanOrEqualTo(8);
        // every business meter has a panel
        assertThat(shown)
                .contains(
                        "tanggap_cases_received_total",
                        "tanggap_outbox_backlog",
                        "tanggap_outbox_oldest_age_seconds",
                        "tanggap_sla_breaches_total",
                        "tanggap_jobs_failures_total",
                        "tanggap_jobs_incidents_total",
                        "tanggap_mail_failures_total",
                        "tanggap_platform_post_failures_total",
                        "tanggap_official_accounts");
    }

    /** The meter names in a PromQL expression: identifiers followed by a selector or a range, or bare. */
    static List<String> metricNames(String expr) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile(
                        "\\b((?:tanggap|jvm|process|system|hikaricp|http_server|executor|logback)_[a-z0-9_]+)\\b")
                .matcher(expr);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private long escalations() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint_escalation", Long.class);
    }

    private String scrapeBody() throws Exception {
        var r = scrape("Bearer " + scrapeToken);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        return get("/actuator/prometheus", authorization);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8));
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The sum of the samples of a meter whose labels include the given ones (0 when there is none). */
    static double value(String scrape, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : scrape.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("#") || !m.find() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> has = new HashMap<>();
            Matcher l = LABEL.matcher(m.group(2) == null ? "" : m.group(2));
            while (l.find()) {
                has.put(l.group(1), l.group(2));
            }
            if (has.entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(m.group(3));
            }
        }
        return sum;
    }

    static double delta(String before, String after, String name, Map<String, String> labels) {
        return value(after, name, labels) - value(before, name, labels);
    }

    static Set<String> seriesNames(String scrape) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : scrape.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!line.startsWith("#") && m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
