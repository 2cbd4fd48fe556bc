package id.tanggap.complaint;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.tanggap.devrun.DevMailText;
import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.TestMail;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The triage outcomes SP4N-LAPOR! desks have besides routing: ask the complainant for more
 * information (the answer, on the tracking page or by e-mail, brings the case back to triage; ten
 * working days without one archive it), put the case on hold until a date, archive it as incomplete.
 */
@Tag("scenario")
class TriageOutcomesIT extends CaseScenarioTest {

    private static final String QUESTION = "Di ruas jalan mana tepatnya, dan sejak kapan lubangnya ada?";

    @Test
    void theQuestionReachesTheComplainantAndTheirAnswerOnTheTrackingPageBringsTheCaseBackToTriage() throws Exception {
        String reporter = "baiq." + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
        var c = submitFrom(reporter);
        long firstTriage = cases.task(c, "Task_TriageComplaint").key();
        cases.triage(c, vars("triageDecision", "NEED_INFO", "infoQuestion", QUESTION));
        cases.awaitStatus(c, "MENUNGGU_INFO");

        // ten working days from the question, to the minute
        ZonedDateTime asked = ProcessDates.parse(String.valueOf(cases.variable(c, "infoAskedAt")))
                .atZone(zone);
        Instant due = ProcessDates.parse(String.valueOf(cases.variable(c, "infoDueDate")));
        assertThat(due)
                .isEqualTo(asked.with(tenWorkingDaysAfter(asked.toLocalDate())).toInstant());

        // the question goes to the reporter's e-mail, with the deadline and the code to answer with
        String code = jdbc.queryForObject(
                "SELECT confirmation_code FROM complaint WHERE ticket = ?", String.class, c.ticket());
        var mail = cases.mails(c, reporter, "memerlukan informasi tambahan", 1).get(0);
        String text = DevMailText.plainText(mail);
        assertThat(text)
                .contains(
                        QUESTION,
                        code,
                        "/lacak/" + c.ticket() + "?kode=" + code,
                        String.valueOf(cases.variable(c, "infoDueLabel")));
        // and stands on the public timeline, for reporters without a contact
        var status = cases.publicStatus(c);
        assertThat(status.get("status").asText()).isEqualTo("MENUNGGU_INFO");
        assertThat(status.get("timeline").findValuesAsText("note"))
                .anySatisfy(n -> assertThat(n).contains(QUESTION));
        // the tracking page with the code offers the answer form
        assertThat(cases.api().get("/lacak/" + c.ticket() + "?kode=" + code).body())
                .contains("Kirim informasi tambahan");

        // a wrong code, an empty answer: refused, nothing changes
        assertThat(answer(c, "SALAH123", "Jalan Udayana").status()).isEqualTo(403);
        var empty = answer(c, code, "  ");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).contains("application/problem+json");
        assertThat(cases.status(c)).isEqualTo("MENUNGGU_INFO");

        assertThat(answer(c, code, "Jl. Udayana depan SDN 3 Mataram, sejak dua minggu lalu.")
                        .status())
                .isEqualTo(202);
        // a second answer finds the case no longer waiting
        assertThat(answer(c, code, "Sekali lagi").status()).isEqualTo(409);

        // back to Diskominfo with the answer on the form, under the first triage deadline
        await().atMost(Duration.ofSeconds(20))
                .until(() -> cases.task(c, "Task_TriageComplaint").key() != firstTriage);
        assertThat(cases.variable(c, "complainantInfo"))
                .isEqualTo("Jl. Udayana depan SDN 3 Mataram, sejak dua minggu lalu.");
        assertThat(runtime.variables(c.instance()).get("triageDecision")).isNull();
        cases.awaitStatus(c, "DITERIMA");
        cases.triageValid(c, "JALAN_RUSAK");
        cases.task(c, "Task_RespondToComplaint");
    }

    @Test
    void anAnswerByEMailIsReadFromTheMailboxAndOnlyFromTheReportersAddress() {
        String reporter = "amaq." + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
        var c = submitFrom(reporter);
        long firstTriage = cases.task(c, "Task_TriageComplaint").key();
        cases.triage(c, vars("triageDecision", "NEED_INFO", "infoQuestion", QUESTION));
        cases.mails(c, reporter, "memerlukan informasi tambahan", 1);

        var smtp = TestMail.get().getSmtp().getServerSetup();
        // someone else writing about the ticket changes nothing
        GreenMailUtil.sendTextEmail(
                TestMail.INBOUND_ADDRESS,
                "orang.lain@warga.test",
                "Re: [Tanggap] Aduan " + c.ticket() + " memerlukan informasi tambahan",
                "Abaikan aduan ini.",
                smtp);
        GreenMailUtil.sendTextEmail(
                TestMail.INBOUND_ADDRESS,
                reporter,
                "Re: [Tanggap] Aduan " + c.ticket() + " memerlukan informasi tambahan",
                "Di Jl. Pejanggik dekat Pasar Cakra.\n\nPada 3 Des 2026, Tanggap menulis:\n> Di ruas jalan mana?",
                smtp);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.task(c, "Task_TriageComplaint").key() != firstTriage);
        assertThat(cases.variable(c, "complainantInfo")).isEqualTo("Di Jl. Pejanggik dekat Pasar Cakra.");
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .contains("Pelapor mengirim informasi tambahan lewat e-mail")
                .noneSatisfy(n -> assertThat(n).contains("Pejanggik")); // the answer itself is for the desk only
        cases.triage(c, vars("triageDecision", "INCOMPLETE", "archiveNote", "Foto lokasi tidak ada."));
        cases.awaitStatus(c, "DITUTUP");
    }

    @Test
    void withoutAnAnswerInTenWorkingDaysTheCaseIsArchivedWithAPublicReason() throws Exception {
        var c = submitFrom("lalu." + UUID.randomUUID().toString().substring(0, 8) + "@warga.test");
        cases.triage(c, vars("triageDecision", "NEED_INFO", "infoQuestion", QUESTION));
        cases.awaitStatus(c, "MENUNGGU_INFO");
        Instant due = ProcessDates.parse(String.valueOf(cases.variable(c, "infoDueDate")));

        cases.advancePast(due.minus(Duration.ofHours(1)));
        Thread.sleep(1000);
        assertThat(cases.status(c)).isEqualTo("MENUNGGU_INFO");

        cases.advancePast(due);
        runtime.awaitCompletedThrough(
                c.instance(), "Timer_InfoOverdue", "Task_ArchiveNoInfo", "EndEvent_ArchivedNoInfo");
        assertThat(cases.status(c)).isEqualTo("DITUTUP");
        assertThat(cases.row(c).get("close_reason")).isEqualTo("NO_INFO");
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .contains("Diarsipkan: pelapor tidak mengirim informasi tambahan yang diminta dalam 10 hari kerja");
        // an answer after the case was archived is refused
        String code = jdbc.queryForObject(
                "SELECT confirmation_code FROM complaint WHERE ticket = ?", String.class, c.ticket());
        assertThat(answer(c, code, "Maaf terlambat").status()).isEqualTo(409);
    }

    @Test
    void aCaseOnHoldComesBackToTriageAtEightOnTheDayGiven() throws Exception {
        var c = cases.submit("POHON");
        long firstTriage = cases.task(c, "Task_TriageComplaint").key();
        LocalDate until = runtime.engineNow().atZone(zone).toLocalDate().plusDays(3);
        cases.triage(
                c,
                vars(
                        "triageDecision",
                        "ON_HOLD",
                        "holdReason",
                        "Menunggu hasil survei lapangan BPBD",
                        "holdUntil",
                        until.toString()));
        cases.awaitStatus(c, "DITUNDA");
        Instant resume = until.atTime(8, 0).atZone(zone).toInstant();
        assertThat(ProcessDates.parse(String.valueOf(cases.variable(c, "holdUntilAt"))))
                .isEqualTo(resume);
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .anySatisfy(n -> assertThat(n)
                        .startsWith("Penanganan ditunda sampai")
                        .contains("pukul 08.00", "Menunggu hasil survei lapangan BPBD"));

        cases.advancePast(resume.minus(Duration.ofMinutes(30)));
        Thread.sleep(1000);
        assertThat(cases.status(c)).isEqualTo("DITUNDA");
        cases.advancePast(resume);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> cases.task(c, "Task_TriageComplaint").key() != firstTriage);
        cases.awaitStatus(c, "DITERIMA");
        cases.triage(c, vars("triageDecision", "INCOMPLETE", "archiveNote", "Lokasi pohon tidak disebutkan."));
        runtime.awaitCompletedThrough(c.instance(), "Task_ArchiveIncomplete", "EndEvent_ArchivedIncomplete");
    }

    @Test
    void anIncompleteReportIsArchivedWithWhatIsMissingOnTheTimeline() {
        var c = cases.submit("SAMPAH");
        cases.triage(c, vars("triageDecision", "INCOMPLETE", "archiveNote", "Tidak ada lokasi maupun foto."));
        runtime.awaitCompletedThrough(c.instance(), "Task_ArchiveIncomplete", "EndEvent_ArchivedIncomplete");
        assertThat(cases.status(c)).isEqualTo("DITUTUP");
        assertThat(cases.row(c).get("close_reason")).isEqualTo("INCOMPLETE");
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .contains("Diarsipkan: aduan tidak lengkap (Tidak ada lokasi maupun foto.)");
    }

    private Cases.Case submitFrom(String email) {
        return cases.submitJson(
                Api.complaint("WEB", null, "JALAN_RUSAK", "Baiq Nurul", email, false, -8.58, 116.11, null));
    }

    private Api.Response answer(Cases.Case c, String code, String text) {
        return cases.api().post("/api/complaints/" + c.ticket() + "/info", """
                {"code":"%s","text":"%s"}""".formatted(code, text));
    }

    /** Ten working days after a day, counting Monday to Friday and skipping the holidays of the calendar. */
    private LocalDate tenWorkingDaysAfter(LocalDate day) {
        LocalDate d = day;
        int left = 10;
        while (left > 0) {
            d = d.plusDays(1);
            boolean holiday =
                    jdbc.queryForObject("SELECT COUNT(*) FROM holiday WHERE holiday_date = ?", Integer.class, d) > 0;
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday) {
                left--;
            }
        }
        return d;
    }
}
