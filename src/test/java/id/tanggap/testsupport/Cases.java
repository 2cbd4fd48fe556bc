package id.tanggap.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.intake.ComplaintSubmission;
import id.tanggap.shared.Channel;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives cases through complaint-handling as the people involved would: the public posts, Diskominfo
 * triages, the OPD responds and resolves, the complainant rates, a supervisor verifies. Works on
 * any {@link ProcessRuntime}.
 */
public final class Cases {

    public record Case(String ticket, long instance) {}

    private final Api api;
    private final ProcessRuntime runtime;
    private final JdbcTemplate jdbc;

    public Cases(Api api, ProcessRuntime runtime, JdbcTemplate jdbc) {
        this.api = api;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    public Api api() {
        return api;
    }

    /** A complaint from the web form, started in the engine. */
    public Case submit(String category) {
        return submitJson(Api.complaint("WEB", "case-" + UUID.randomUUID(), category, "Lalu Muhammad Zaini", false));
    }

    /** A complaint through the public door (web channel only). */
    public Case submitJson(String json) {
        var r = api.post("/api/complaints", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String ticket = r.json().get("ticket").asText();
        return new Case(ticket, instanceOf(ticket));
    }

    /**
     * A complaint from another channel, handed to the intake the way that channel's own door
     * (signed webhook, LAPOR token, staff call center) does; for tests that only need a case in that
     * channel. The public door refuses other channels.
     */
    public Case submitVia(ComplaintIntake intake, ComplaintSubmission submission) {
        var accepted = intake.submit(submission);
        assertThat(accepted.created()).isTrue();
        return new Case(accepted.ticket(), instanceOf(accepted.ticket()));
    }

    /** A channel message as its door hands it to the intake (see {@link Api#complaint} for the JSON twin). */
    public static ComplaintSubmission channelMessage(
            Channel channel,
            String externalId,
            String category,
            String reporterName,
            String contact,
            double lat,
            double lon,
            String threadId) {
        return new ComplaintSubmission(
                channel,
                externalId,
                new ComplaintSubmission.Reporter(reporterName, contact, false),
                "Jalan di depan Pasar Kebon Roek berlubang besar dan sudah dua motor jatuh minggu ini.",
                category,
                new ComplaintSubmission.Location(lat, lon, "Jl. Adi Sucipto, Ampenan, Mataram"),
                threadId,
                List.of());
    }

    public long instanceOf(String ticket) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> ComplaintRows.processInstance(jdbc, ticket), k -> k != null);
    }

    public ProcessRuntime.UserTaskView task(Case c, String elementId) {
        return runtime.awaitUserTask(c.instance(), elementId);
    }

    public void complete(Case c, String elementId, Map<String, Object> variables) {
        runtime.completeUserTask(task(c, elementId).key(), variables);
    }

    /** Diskominfo finds the complaint valid, keeping the suggested urgency and type unless given. */
    public void triageValid(Case c, String category) {
        triage(
                c,
                Map.of(
                        "triageDecision",
                        "VALID",
                        "category",
                        category,
                        "urgency",
                        "NORMAL",
                        "complaintType",
                        "SIMPLE"));
    }

    public void triage(Case c, Map<String, Object> decision) {
        complete(c, "Task_TriageComplaint", decision);
    }

    public void respond(Case c, String text) {
        complete(
                c,
                "Task_RespondToComplaint",
                Map.of(
                        "responseOutcome",
                        "RESPONDED",
                        "responseText",
                        text,
                        "publicReplyUrl",
                        "https://www.facebook.com/pemprovntb/posts/" + Math.abs(text.hashCode())));
    }

    public void resolve(Case c, String resolution) {
        int round = (Integer) row(c).get("resolution_round");
        complete(
                c,
                "Task_ResolveComplaint",
                Map.of(
                        "followUpPlan",
                        "Tim turun ke lokasi dan memperbaiki kerusakan.",
                        "evidenceUrls",
                        "https://foto.example/sesudah-1.jpg",
                        "resolutionText",
                        resolution,
                        "publicReplyUrl",
                        "https://www.instagram.com/p/pemprovntb-" + Math.abs(resolution.hashCode())));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> (Integer) row(c).get("resolution_round") == round + 1
                        && Boolean.TRUE.equals(
                                ComplaintRows.value(jdbc, c.ticket(), "awaiting_confirmation", Boolean.class)));
    }

    public Api.Response rate(Case c, int rating) {
        String code = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);
        return api.post("/api/complaints/" + c.ticket() + "/rating", """
                {"code":"%s","rating":%d,"comment":"Terima kasih"}""".formatted(code, rating));
    }

    public void verify(Case c, String decision) {
        complete(c, "Task_VerifyClosure", Map.of("verificationDecision", decision, "verificationNote", "Sudah dicek"));
    }

    public String status(Case c) {
        return ComplaintRows.value(jdbc, c.ticket(), "status", String.class);
    }

    public void awaitStatus(Case c, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(status(c)));
    }

    public Map<String, Object> row(Case c) {
        return ComplaintRows.row(jdbc, c.ticket());
    }

    public List<String> timelineStatuses(Case c) {
        return publicStatus(c).get("timeline").findValuesAsText("status");
    }

    public JsonNode publicStatus(Case c) {
        return api.get("/api/complaints/" + c.ticket()).json();
    }

    public Object variable(Case c, String name) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> runtime.variables(c.instance()).get(name), v -> v != null);
    }

    /** Moves the engine clock to just past a deadline held in a process variable. */
    public void advancePast(Case c, String deadlineVariable) {
        Instant due = id.tanggap.shared.ProcessDates.parse(String.valueOf(variable(c, deadlineVariable)));
        advancePast(due);
    }

    public void advancePast(Instant due) {
        Duration gap = Duration.between(runtime.engineNow(), due).plusMinutes(1);
        if (!gap.isNegative()) {
            runtime.increaseTime(gap);
        }
    }

    /** The e-mails to a recipient about this case, waiting until at least {@code count} arrived. */
    public List<MimeMessage> mails(Case c, String recipient, String subjectPart, int count) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> TestMail.to(recipient).stream()
                                .filter(m -> TestMail.subjectOf(m).contains(c.ticket())
                                        && TestMail.subjectOf(m).contains(subjectPart))
                                .toList(),
                        l -> l.size() >= count);
    }

    public long mailCount(Case c, String recipient, String subjectPart) {
        return TestMail.to(recipient).stream()
                .filter(m -> TestMail.subjectOf(m).contains(c.ticket())
                        && TestMail.subjectOf(m).contains(subjectPart))
                .count();
    }

    public static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
