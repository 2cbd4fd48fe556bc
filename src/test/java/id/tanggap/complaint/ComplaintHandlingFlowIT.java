package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.devrun.DevMailText;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The skeleton flow end to end on the real engine: intake, routing to the right OPD, the e-mail to
 * the right official, the OPD's user task with its form and group, its completion, and the public
 * status afterwards.
 */
@Tag("scenario")
class ComplaintHandlingFlowIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aComplaintIsRoutedMailedAnsweredAndTrackedPublicly() throws Exception {
        Api api = new Api(port);
        Instant before = Instant.now();
        var created = api.post("/api/complaints", Api.complaint("WEB", "flow-" + UUID.randomUUID(), "JALAN_RUSAK", "Baiq Nurul Aini", false));

        assertThat(created.status()).isEqualTo(201);
        String ticket = created.json().get("ticket").asText();
        assertThat(ticket).matches("ADU-\\d{4}-\\d{6}");
        assertThat(created.json().get("status").asText()).isEqualTo("DITERIMA");
        assertThat(created.json().get("trackingUrl").asText()).isEqualTo("https://tanggap.ntbprov.example/lacak/" + ticket);

        // the responsible official of Dinas PUPR (Kepala Bidang Bina Marga, per complaint-routing.dmn) is e-mailed
        String official = "kabid.dpupr@ntbprov.example";
        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.to(official).stream()
                .filter(m -> subject(m).contains(ticket)).findFirst().orElse(null), m -> m != null);
        String text = DevMailText.plainText(mail);
        assertThat(text).contains("Baiq Rahmawati Sasmita", ticket, "Jalan dan jembatan rusak", "Pasar Kebon Roek",
                "Jl. Adi Sucipto", "https://foto.example/lubang-1.jpg", "WITA", "https://tanggap.ntbprov.example/lacak/" + ticket);
        assertThat(text).doesNotContain("Baiq Nurul Aini").doesNotContain("0812-3456-7890");
        assertThat(TestMail.to("kabid.dlhk@ntbprov.example")).noneMatch(m -> subject(m).contains(ticket));

        long instance = jdbc.queryForObject("SELECT process_instance_key FROM complaint WHERE ticket = ?", Long.class, ticket);
        var task = runtime.awaitUserTask(instance, "Task_RespondToComplaint");
        assertThat(task.formKey()).isNotNull().isPositive();
        if (task.formId() != null) {
            assertThat(task.formId()).isEqualTo("respond-to-complaint");
        }
        assertThat(task.candidateGroups()).containsExactly("opd-dpupr");
        Instant due = Instant.parse(task.dueDate().replaceAll("\\[.*]$", ""));
        assertThat(due).isBetween(before.plus(Duration.ofHours(48)), Instant.now().plus(Duration.ofHours(48)));

        var status = api.get("/api/complaints/" + ticket).json();
        assertThat(status.get("status").asText()).isEqualTo("DIDISPOSISI");
        assertThat(status.get("opd").asText()).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Provinsi NTB");

        runtime.completeUserTask(task.key(), Map.of(
                "responseText", "Tim Bina Marga menambal lubang pada Kamis, 26 November 2026.",
                "publicReplyUrl", "https://www.facebook.com/dinaspuprntb/posts/12345"));

        runtime.awaitCompletedThrough(instance, "StartEvent_ComplaintAccepted", "Task_RegisterComplaint",
                "Task_RouteComplaint", "Task_RecordDisposition", "Task_NotifyOfficial", "Task_RespondToComplaint",
                "Task_RecordResponse", "EndEvent_ComplaintAnswered");

        var answered = api.get("/api/complaints/" + ticket);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("status").asText()).isEqualTo("SELESAI");
        assertThat(answered.json().at("/response/text").asText()).isEqualTo("Tim Bina Marga menambal lubang pada Kamis, 26 November 2026.");
        assertThat(answered.json().at("/response/publicReplyUrl").asText()).isEqualTo("https://www.facebook.com/dinaspuprntb/posts/12345");
        List<String> timeline = answered.json().get("timeline").findValuesAsText("status");
        assertThat(timeline).containsExactly("DITERIMA", "DIDISPOSISI", "SELESAI");
        assertThat(answered.body()).doesNotContain("Baiq Nurul", "0812", "Pasar Kebon Roek");

        // the process got no personal data, and the database holds the reporter only encrypted
        assertThat(runtime.variables(instance).toString()).doesNotContain("Baiq Nurul", "0812");
        Map<String, Object> row = jdbc.queryForMap("SELECT reporter_name, reporter_contact FROM complaint WHERE ticket = ?", ticket);
        assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).startsWith("v1:").doesNotContain("Baiq", "0812"));
    }

    @Test
    void theTrackingPageShowsTheStatusWithoutPersonalData() {
        Api api = new Api(port);
        String ticket = api.post("/api/complaints", Api.complaint("WEB", "page-" + UUID.randomUUID(), "SAMPAH", "Lalu Ahmad", false))
                .json().get("ticket").asText();
        var page = api.get("/lacak/" + ticket);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(ticket, "Sampah dan kebersihan", "Aduan diterima").doesNotContain("Lalu Ahmad");
        assertThat(api.get("/lacak/ADU-1999-000001").status()).isEqualTo(404);
        assertThat(api.get("/api/complaints/ADU-1999-000001").status()).isEqualTo(404);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
