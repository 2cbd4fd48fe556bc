package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.devrun.DevMailText;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main path end to end on the real engine: intake, triage by Diskominfo, routing to the right
 * OPD, the e-mail to the right official, the OPD's response and resolution with their forms, the
 * complainant's e-mail and rating, the supervisor's verification, and the public status throughout.
 */
@Tag("scenario")
class ComplaintHandlingFlowIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(new Api(port), runtime, jdbc);
    }

    @Test
    void aComplaintIsTriagedRoutedAnsweredResolvedRatedAndClosed() throws Exception {
        Api api = cases.api();
        Instant before = runtime.engineNow();
        String reporterMail = "nurul.aini@warga.example";
        var created = api.post(
                "/api/complaints",
                Api.complaint(
                        "WEB",
                        "flow-" + UUID.randomUUID(),
                        "JALAN_RUSAK",
                        "Baiq Nurul Aini",
                        reporterMail,
                        false,
                        -8.5833,
                        116.1167,
                        null));
        assertThat(created.status()).isEqualTo(201);
        String ticket = created.json().get("ticket").asText();
        assertThat(ticket).matches("ADU-\\d{4}-\\d{6}");
        assertThat(created.json().get("status").asText()).isEqualTo("DITERIMA");
        assertThat(created.json().get("trackingUrl").asText())
                .isEqualTo("https://tanggap.ntbprov.example/lacak/" + ticket);
        var c = new Cases.Case(ticket, cases.instanceOf(ticket));
        Map<String, Object> encryptedAtIntake =
                jdbc.queryForMap("SELECT reporter_name, reporter_contact FROM complaint WHERE ticket = ?", ticket);

        // Diskominfo triages with the classification DMN's suggestion pre-filled
        var triage = cases.task(c, "Task_TriageComplaint");
        assertThat(triage.candidateGroups()).containsExactly("diskominfo");
        if (triage.formId() != null) {
            assertThat(triage.formId()).isEqualTo("triage-complaint");
        }
        assertThat(runtime.variables(c.instance()))
                .containsEntry("urgency", "IMPORTANT")
                .containsEntry("complaintType", "FIELD_CHECK");
        cases.triage(
                c,
                Map.of(
                        "triageDecision",
                        "VALID",
                        "category",
                        "JALAN_RUSAK",
                        "urgency",
                        "NORMAL",
                        "complaintType",
                        "SIMPLE"));

        // the responsible official of Dinas PUPR (Kepala Bidang Bina Marga, per complaint-routing.dmn) is e-mailed
        var mail =
                cases.mails(c, "kabid.dpupr@ntbprov.example", "Aduan baru", 1).get(0);
        String text = DevMailText.plainText(mail);
        assertThat(text)
                .contains(
                        "Baiq Rahmawati Sasmita",
                        ticket,
                        "Jalan dan jembatan rusak",
                        "Pasar Kebon Roek",
                        "Jl. Adi Sucipto",
                        "https://foto.example/lubang-1.jpg",
                        "WITA",
                        "https://tanggap.ntbprov.example/lacak/" + ticket);
        assertThat(text).doesNotContain("Baiq Nurul Aini").doesNotContain(reporterMail);
        assertThat(cases.mailCount(c, "kabid.dlhk@ntbprov.example", "Aduan baru"))
                .isZero();

        var respond = cases.task(c, "Task_RespondToComplaint");
        assertThat(respond.formKey()).isNotNull().isPositive();
        // the OPD's forms read names, not codes (issue 19): recordDisposition sets them from the triaged values
        assertThat(runtime.variables(c.instance()))
                .containsEntry("categoryLabel", "Jalan dan jembatan rusak")
                .containsEntry("urgencyLabel", "Biasa")
                .hasEntrySatisfying(
                        "opdName", name -> assertThat(String.valueOf(name)).startsWith("Dinas Pekerjaan Umum"));
        if (respond.formId() != null) {
            assertThat(respond.formId()).isEqualTo("respond-to-complaint");
        }
        assertThat(respond.candidateGroups()).containsExactly("opd-dpupr");
        // NORMAL: first response within 2x24 clock hours (NTB Care), counted from receipt, not from triage
        Instant receipt = id.tanggap.shared.ProcessDates.parse(
                String.valueOf(runtime.variables(c.instance()).get("receivedAt")));
        // receipt = the intake's time on the engine's clock: the time the intake stored (whole seconds on MariaDB
        // 10.11, whose version Connector/J reads as 5.5.5; MySQL 8.4 keeps microseconds) on a clock that follows the
        // test's estimate of it (real time plus the moves) only to within a fraction of a second
        assertThat(receipt).isBetween(before.minusSeconds(2), runtime.engineNow());
        Instant due = id.tanggap.shared.ProcessDates.parse(respond.dueDate());
        assertThat(due.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .isEqualTo(receipt.plus(Duration.ofHours(48)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(cases.publicStatus(c).get("status").asText()).isEqualTo("DIDISPOSISI");
        assertThat(cases.publicStatus(c).get("opd").asText())
                .isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Provinsi NTB");

        cases.respond(c, "Tim Bina Marga akan memeriksa lokasi besok pagi.");
        cases.awaitStatus(c, "DIPROSES");
        cases.resolve(c, "Lubang sudah ditambal pada Kamis, 26 November 2026.");

        // the complainant gets the resolution with the tracking link and the rating code
        String code = (String) cases.row(c).get("confirmation_code");
        String complainantMail = DevMailText.plainText(
                cases.mails(c, reporterMail, "telah ditindaklanjuti", 1).get(0));
        assertThat(complainantMail)
                .contains("Lubang sudah ditambal", "https://tanggap.ntbprov.example/lacak/" + ticket + "?kode=" + code);

        assertThat(cases.rate(c, 5).status()).isEqualTo(202);
        cases.verify(c, "APPROVE");
        runtime.awaitCompletedThrough(
                c.instance(),
                "StartEvent_ComplaintAccepted",
                "Task_RegisterComplaint",
                "Task_ClassifyComplaint",
                "Task_TriageComplaint",
                "Task_RecordVerification",
                "Task_RouteComplaint",
                "Task_DetermineServiceLevel",
                "Task_RecordDisposition",
                "Task_NotifyOfficial",
                "Task_RespondToComplaint",
                "Task_RecordResponse",
                "Task_ResolveComplaint",
                "Task_RecordResolution",
                "Task_NotifyComplainant",
                "Event_ComplainantConfirmed",
                "Task_VerifyClosure",
                "Task_CloseComplaint",
                "EndEvent_Closed");

        var closed = api.get("/api/complaints/" + ticket);
        assertThat(closed.json().get("status").asText()).isEqualTo("DITUTUP");
        assertThat(closed.json().at("/response/text").asText())
                .isEqualTo("Tim Bina Marga akan memeriksa lokasi besok pagi.");
        assertThat(closed.json().at("/resolution/text").asText())
                .isEqualTo("Lubang sudah ditambal pada Kamis, 26 November 2026.");
        assertThat(closed.json().get("rating").asInt()).isEqualTo(5);
        assertThat(cases.timelineStatuses(c))
                .containsSubsequence("DITERIMA", "DIVERIFIKASI", "DIDISPOSISI", "DIPROSES", "SELESAI", "DITUTUP");
        assertThat(closed.body()).doesNotContain("Baiq Nurul", reporterMail);

        // measured times for reporting
        Map<String, Object> row = cases.row(c);
        LocalDateTime received = time(row.get("created_at"));
        // (the MariaDB of the test run reports itself to Connector/J as MySQL 5.5, which stores whole seconds)
        assertThat(time(row.get("first_response_at"))).isAfterOrEqualTo(received);
        assertThat(time(row.get("resolved_at"))).isAfterOrEqualTo(time(row.get("first_response_at")));
        assertThat(row.get("closed_at")).isNotNull();
        assertThat(row.get("close_reason")).isEqualTo("VERIFIED");

        // no personal data in the process, and the reporter only encrypted in the database
        assertThat(runtime.variables(c.instance()).toString()).doesNotContain("Baiq Nurul", reporterMail);
        Map<String, Object> pii =
                jdbc.queryForMap("SELECT reporter_name, reporter_contact FROM complaint WHERE ticket = ?", ticket);
        assertThat(pii.values())
                .allSatisfy(
                        v -> assertThat(String.valueOf(v)).startsWith("v2:").doesNotContain("Baiq", "warga.example"));
        // encrypted once, when the complaint came in: the case's steps did not write the reporter's data again
        assertThat(pii).isEqualTo(encryptedAtIntake);
        assertThat(TestMail.to(reporterMail)).isNotEmpty();
    }

    private static LocalDateTime time(Object column) {
        return column instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) column;
    }

    @Test
    void theTrackingPageShowsTheStatusWithoutPersonalData() {
        Api api = cases.api();
        String ticket = api.post(
                        "/api/complaints",
                        Api.complaint("WEB", "page-" + UUID.randomUUID(), "SAMPAH", "Lalu Ahmad", false))
                .json()
                .get("ticket")
                .asText();
        var page = api.get("/lacak/" + ticket);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(ticket, "Sampah dan kebersihan", "Aduan diterima")
                .doesNotContain("Lalu Ahmad");
        assertThat(api.get("/lacak/ADU-1999-000001").status()).isEqualTo(404);
        assertThat(api.get("/api/complaints/ADU-1999-000001").status()).isEqualTo(404);
    }
}
