package id.tanggap.complaint;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.devrun.DevMailText;
import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.TestMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The triage outcomes SP4N-LAPOR! desks have besides routing: ask the complainant for more
 * information (the answer, on the tracking page or by e-mail through the case's reply address or quoting the
 * answer code, brings the case back to triage, a forged sender does not; ten
 * working days without one archive it), put the case on hold until a date, archive it as incomplete.
 */
@Tag("scenario")
@ExtendWith(OutputCaptureExtension.class)
class TriageOutcomesIT extends CaseScenarioTest {

    private static final String QUESTION = "Di ruas jalan mana tepatnya, dan sejak kapan lubangnya ada?";

    @Test
    void theQuestionReachesTheComplainantAndTheirAnswerOnTheTrackingPageBringsTheCaseBackToTriage() throws Exception {
        String reporter = "baiq." + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
        var c = submitFrom(reporter);
        long firstTriage = cases.task(c, "Task_TriageComplaint").key();
        cases.triage(c, vars("triageDecision", "NEED_INFO", "infoQuestion", QUESTION));
        cases.awaitStatus(c, "MENUNGGU_INFO");

        // ten working days from the question, to the minute; a question asked on a day off (the engine's clock may
        // stand on a weekend, from the real date or an earlier test's timer) counts from 23.59 before the next
        // working day
        ZonedDateTime asked = ProcessDates.parse(String.valueOf(cases.variable(c, "infoAskedAt")))
                .atZone(zone);
        ZonedDateTime start = asked;
        if (!workingDay(start.toLocalDate())) {
            LocalDate next = start.toLocalDate().plusDays(1);
            while (!workingDay(next)) {
                next = next.plusDays(1);
            }
            start = next.atStartOfDay(zone).minusMinutes(1);
        }
        Instant due = ProcessDates.parse(String.valueOf(cases.variable(c, "infoDueDate")));
        assertThat(due)
                .isEqualTo(start.with(tenWorkingDaysAfter(start.toLocalDate())).toInstant());

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
    void anAnswerByEMailIsTakenThroughTheCasesReplyAddressAndAForgedSenderIsIgnored(CapturedOutput output)
            throws Exception {
        var asked = askedByEMail("amaq");
        var c = asked.c();
        String reporter = asked.reporter();
        long firstTriage = asked.firstTriage();
        // the question's Reply-To is the inbound mailbox tagged with the case
        String replyTo = asked.replyTo();
        assertThat(replyTo)
                .startsWith("aduan+" + c.ticket().toLowerCase() + ".")
                .endsWith("@tanggap.test")
                .isNotEqualTo(TestMail.INBOUND_ADDRESS);
        String subject = asked.subject();

        // someone forges the reporter's address as From and writes to the mailbox itself: ignored, and the log says
        // so without the address or the text
        mail(TestMail.INBOUND_ADDRESS, reporter, subject, "Abaikan aduan ini, sudah diperbaiki. Parelo Sandika");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> output.getAll().contains("inbound e-mail about " + c.ticket() + ": ignored"));
        // someone else writing to the case's reply address (a forwarded question): not the reporter, nothing either
        mail(replyTo, "orang.lain@warga.test", subject, "Abaikan aduan ini.");
        // a tag made up for the case: nothing either
        mail(
                "aduan+" + c.ticket().toLowerCase() + ".0123456789abcdef0123@tanggap.test",
                reporter,
                subject,
                "Abaikan juga yang ini.");
        // the reporter answers the question e-mail: delivered to the mailbox through the tagged address
        mail(
                replyTo,
                reporter,
                subject,
                "Di Jl. Pejanggik dekat Pasar Cakra.\n\nPada 3 Des 2026, Tanggap menulis:\n> Di ruas jalan mana?");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.task(c, "Task_TriageComplaint").key() != firstTriage);
        assertThat(cases.variable(c, "complainantInfo")).isEqualTo("Di Jl. Pejanggik dekat Pasar Cakra.");
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .contains("Pelapor mengirim informasi tambahan lewat e-mail")
                .noneSatisfy(n -> assertThat(n).contains("Pejanggik")); // the answer itself is for the desk only
        // only the reporter's answer reached the case
        assertThat(ComplaintRows.timeline(jdbc, c.ticket()))
                .extracting(ComplaintRows.Event::note)
                .anySatisfy(n -> assertThat(n).contains("Pejanggik"))
                .noneSatisfy(n -> assertThat(n).contains("Abaikan"));
        String logs = output.getAll()
                .lines()
                .filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(Collectors.joining("\n"));
        assertThat(logs).doesNotContain(reporter, "Parelo", "Abaikan", "Pejanggik");
        cases.triage(c, vars("triageDecision", "INCOMPLETE", "archiveNote", "Foto lokasi tidak ada."));
        cases.awaitStatus(c, "DITUTUP");
    }

    @Test
    void aReplyToTheMailboxItselfIsTakenWhenItQuotesTheQuestionsAnswerCode() throws Exception {
        // a question e-mail sent before the tagged Reply-To: the reply goes to the mailbox's own address; it counts
        // when it quotes the answer code, which only the question e-mail carried
        var asked = askedByEMail("inaq");
        var c = asked.c();
        long firstTriage = asked.firstTriage();

        mail(
                TestMail.INBOUND_ADDRESS,
                asked.reporter(),
                asked.subject(),
                "Di depan Masjid Raya Hubbul Wathan.\n\nPada 3 Des 2026, Tanggap menulis:\n> Di ruas jalan mana?\n"
                        + "> Kode jawaban: " + asked.code());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.task(c, "Task_TriageComplaint").key() != firstTriage);
        assertThat(cases.variable(c, "complainantInfo")).isEqualTo("Di depan Masjid Raya Hubbul Wathan.");
        cases.triage(c, vars("triageDecision", "INCOMPLETE", "archiveNote", "Foto lokasi tidak ada."));
        cases.awaitStatus(c, "DITUTUP");
    }

    @Test
    void guessesAtTheAnswerCodeAreFewPerEMailAndAfterFiveUnprovenEMailsCodesNoLongerCount(CapturedOutput output)
            throws Exception {
        var asked = askedByEMail("lale");
        var c = asked.c();
        String reporter = asked.reporter();
        long firstTriage = asked.firstTriage();
        String replyTo = asked.replyTo();
        String code = asked.code();
        String subject = asked.subject();

        // someone forging the reporter's address lists guesses after the label: only the first three are compared,
        // so the right code in fourth place does not count
        StringBuilder guesses = new StringBuilder("Abaikan aduan ini.\n");
        for (char first : new char[] {'2', '3', '4'}) {
            String wrong = (code.charAt(0) == first ? '5' : first) + code.substring(1);
            guesses.append("> Kode jawaban: ").append(wrong).append('\n');
        }
        guesses.append("> Kode jawaban: ").append(code).append('\n');
        mail(TestMail.INBOUND_ADDRESS, reporter, subject, guesses.toString());
        // four more unproven e-mails: five in all
        for (int i = 0; i < 4; i++) {
            mail(TestMail.INBOUND_ADDRESS, reporter, subject, "Abaikan aduan ini (" + i + ").");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ComplaintRows.timeline(jdbc, c.ticket()).stream()
                                .filter(e -> e.internal() && e.note().startsWith("E-mail atas nama pelapor diabaikan"))
                                .count()
                        == 5);
        assertThat(cases.status(c)).isEqualTo("MENUNGGU_INFO");

        // now even the right code in its place no longer counts by e-mail
        mail(
                TestMail.INBOUND_ADDRESS,
                reporter,
                subject,
                "Abaikan aduan ini.\n\nPada 3 Des 2026, Tanggap menulis:\n> Kode jawaban: " + code);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> output.getAll()
                        .contains("inbound e-mail about " + c.ticket()
                                + ": ignored, answer codes by e-mail no longer count"));
        assertThat(cases.status(c)).isEqualTo("MENUNGGU_INFO");
        assertThat(ComplaintRows.timeline(jdbc, c.ticket()))
                .filteredOn(e -> e.note().startsWith("E-mail atas nama pelapor diabaikan"))
                .hasSize(5)
                .last()
                .satisfies(e -> assertThat(e.note()).contains("tidak lagi diterima"));

        // the complainant still answers through the case's reply address
        mail(replyTo, reporter, subject, "Di Jl. Langko depan kantor pos.");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.task(c, "Task_TriageComplaint").key() != firstTriage);
        assertThat(cases.variable(c, "complainantInfo")).isEqualTo("Di Jl. Langko depan kantor pos.");
        assertThat(ComplaintRows.timeline(jdbc, c.ticket()))
                .extracting(ComplaintRows.Event::note)
                .noneSatisfy(n -> assertThat(n).contains("Abaikan"));
        cases.triage(c, vars("triageDecision", "INCOMPLETE", "archiveNote", "Foto lokasi tidak ada."));
        cases.awaitStatus(c, "DITUTUP");
    }

    /**
     * An e-mail with {@code to} in its To header, delivered to the inbound mailbox as a server with sub-addressing
     * delivers {@code aduan+tag@...} to {@code aduan@...}.
     */
    private static void mail(String to, String from, String subject, String text) throws Exception {
        var smtp = TestMail.get().getSmtp().getServerSetup();
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.getBindAddress());
        props.put("mail.smtp.port", String.valueOf(smtp.getPort()));
        MimeMessage m = new MimeMessage(Session.getInstance(props));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        Transport.send(m, new Address[] {new InternetAddress(TestMail.INBOUND_ADDRESS)});
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

    /** A case whose triage asked its reporter by e-mail, and what an answer to that e-mail needs. */
    private record Asked(
            Cases.Case c, String reporter, long firstTriage, MimeMessage question, String code, String subject) {

        /** The question's Reply-To: the inbound mailbox tagged with the case. */
        String replyTo() throws MessagingException {
            return ((InternetAddress) question.getReplyTo()[0]).getAddress();
        }
    }

    /** A reporter (the name with a random suffix) files a case by e-mail, and triage asks them a question. */
    private Asked askedByEMail(String name) {
        String reporter = name + "." + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
        var c = submitFrom(reporter);
        long firstTriage = cases.task(c, "Task_TriageComplaint").key();
        cases.triage(c, vars("triageDecision", "NEED_INFO", "infoQuestion", QUESTION));
        var question =
                cases.mails(c, reporter, "memerlukan informasi tambahan", 1).get(0);
        String code = jdbc.queryForObject(
                "SELECT confirmation_code FROM complaint WHERE ticket = ?", String.class, c.ticket());
        return new Asked(
                c,
                reporter,
                firstTriage,
                question,
                code,
                "Re: [Tanggap] Aduan " + c.ticket() + " memerlukan informasi tambahan");
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
            if (workingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private boolean workingDay(LocalDate d) {
        boolean holiday =
                jdbc.queryForObject("SELECT COUNT(*) FROM holiday WHERE holiday_date = ?", Integer.class, d) > 0;
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday;
    }
}
