package id.tanggap.sla;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.devrun.DevMailText;
import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.EscalationRows;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Service levels as the rules read them, on the engine with its clock moved: triage has 3 working
 * days, NTB Care's first-response limits are clock hours, and every limit runs from receipt.
 */
@Tag("scenario")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceLevelClocksIT extends CaseScenarioTest {

    private static final String DISKOMINFO_HEAD = "kadis.diskominfotik@ntbprov.example";

    /** Last: it moves the engine clock by a week or more, and the timers that wakes keep the engine busy for a while. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aTriageLateAfterThreeWorkingDaysIsEscalatedOnceToTheHeadOfDiskominfotikAndItsTimeCountsAgainstTheOpd()
            throws Exception {
        // received on a Thursday; the Monday after is declared a holiday: Friday, Tuesday, Wednesday are the 3 working
        // days
        LocalDate thursday = nextOrdinaryThursday();
        LocalDate monday = thursday.plusDays(4);
        jdbc.update("INSERT INTO holiday (holiday_date, name) VALUES (?, ?)", monday, "Cuti bersama (uji jam layanan)");
        try {
            cases.advancePast(thursday.atTime(9, 0).atZone(zone).toInstant());
            var c = cases.submit("JALAN_RUSAK");
            ZonedDateTime received = instant(cases.variable(c, "receivedAt")).atZone(zone);
            assertThat(received.toLocalDate()).isEqualTo(thursday);

            Instant triageDue = received.with(thursday.plusDays(6)).toInstant();
            assertThat(received.with(thursday.plusDays(6)).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(instant(cases.variable(c, "triageDueDate"))).isEqualTo(triageDue);
            assertThat(instant(cases.task(c, "Task_TriageComplaint").dueDate()).truncatedTo(ChronoUnit.SECONDS))
                    .isEqualTo(triageDue.truncatedTo(ChronoUnit.SECONDS));

            // an hour before the deadline nobody is told
            cases.advancePast(triageDue.minus(Duration.ofHours(1)));
            assertThat(cases.mailCount(c, DISKOMINFO_HEAD, "ESKALASI")).isZero();

            // past it: the head of Diskominfotik, with the ticket and how late it is
            cases.advancePast(triageDue);
            var mail = cases.mails(c, DISKOMINFO_HEAD, "ESKALASI level 1", 1).get(0);
            assertThat(DevMailText.plainText(mail))
                    .contains(c.ticket(), "verifikasi dan penerusan aduan", "Keterlambatan saat ini:", "menit");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> EscalationRows.of(jdbc, c.ticket()).stream()
                                    .filter(e -> e.kind().equals("TRIAGE"))
                                    .count()
                            == 1);
            assertThat(EscalationRows.of(jdbc, c.ticket()))
                    .singleElement()
                    .extracting(EscalationRows.Escalation::recipients)
                    .isEqualTo("DISKOMINFO_HEAD");
            // the OPD's ladder is untouched, the task stays with Diskominfo, and one more day does not send a second
            // e-mail
            assertThat(cases.row(c).get("escalation_level")).isEqualTo(0);
            assertThat(cases.task(c, "Task_TriageComplaint").candidateGroups()).containsExactly("diskominfo");
            runtime.increaseTime(Duration.ofDays(1));
            Thread.sleep(1500);
            assertThat(cases.mailCount(c, DISKOMINFO_HEAD, "ESKALASI")).isEqualTo(1);

            // verified at last: the response (2x24 clock hours) and resolution (5 working days) limits ran from receipt
            cases.triageValid(c, "JALAN_RUSAK");
            assertThat(instant(cases.variable(c, "responseDueDate")))
                    .isEqualTo(received.plusHours(48).toInstant());
            assertThat(instant(cases.variable(c, "resolutionDueDate")))
                    .isEqualTo(received.with(thursday.plusDays(8)).toInstant());
            assertThat(instant(cases.task(c, "Task_RespondToComplaint").dueDate())
                            .truncatedTo(ChronoUnit.SECONDS))
                    .isEqualTo(received.plusHours(48).toInstant().truncatedTo(ChronoUnit.SECONDS));
            // triage took longer than the OPD's whole ladder: every level is already due and goes out at once
            cases.mails(c, "sekda@ntbprov.example", "ESKALASI level 2", 1);
            cases.mails(c, "gubernur@ntbprov.example", "ESKALASI level 3", 1);
            assertThat(cases.mails(c, DISKOMINFO_HEAD, "ESKALASI level 3", 1)).hasSize(1);
        } finally {
            jdbc.update("DELETE FROM holiday WHERE holiday_date = ?", monday);
        }
    }

    @Test
    void aRerouteDoesNotRestartTheResponseClock() {
        var c = cases.submit("JALAN_RUSAK");
        Instant received = instant(cases.variable(c, "receivedAt"));
        cases.triageValid(c, "JALAN_RUSAK");
        assertThat(cases.task(c, "Task_RespondToComplaint").candidateGroups()).containsExactly("opd-dpupr");
        Instant due = received.plus(Duration.ofHours(48));
        assertThat(instant(cases.variable(c, "responseDueDate"))).isEqualTo(due);

        // five hours later Dinas PUPR says it is not theirs; Diskominfo routes it to DLHK
        runtime.increaseTime(Duration.ofHours(5));
        cases.complete(
                c,
                "Task_RespondToComplaint",
                vars("responseOutcome", "NOT_OUR_AUTHORITY", "notAuthorityReason", "Soal sampah, bukan jalan."));
        await().atMost(Duration.ofSeconds(10)).until(() -> "DIVERIFIKASI".equals(cases.status(c)));
        cases.triageValid(c, "SAMPAH");
        var task = cases.task(c, "Task_RespondToComplaint");
        assertThat(task.candidateGroups()).containsExactly("opd-dlhk");

        // DLHK gets what is left of the same 2x24 hours, not a fresh 48 from the re-route
        assertThat(instant(cases.variable(c, "responseDueDate"))).isEqualTo(due);
        assertThat(instant(task.dueDate()).truncatedTo(ChronoUnit.SECONDS))
                .isEqualTo(due.truncatedTo(ChronoUnit.SECONDS));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "DLHK".equals(cases.row(c).get("opd_code")));
        // the case record (stored in UTC) keeps the same deadline
        String stored = ComplaintRows.value(
                jdbc, c.ticket(), "DATE_FORMAT(response_due_at, '%Y-%m-%dT%H:%i:%s')", String.class);
        assertThat(java.time.LocalDateTime.parse(stored)
                        .atZone(ZoneId.of("UTC"))
                        .toInstant())
                .isEqualTo(due.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void anUrgentComplaintMustBeAnsweredWithinOneClockHourOfReceipt() {
        var c = cases.submit("KEMACETAN");
        Instant received = instant(cases.variable(c, "receivedAt"));
        runtime.increaseTime(Duration.ofMinutes(20));
        cases.triage(
                c,
                vars(
                        "triageDecision",
                        "VALID",
                        "category",
                        "KEMACETAN",
                        "urgency",
                        "URGENT",
                        "complaintType",
                        "SIMPLE"));
        cases.task(c, "Task_RespondToComplaint");
        assertThat(instant(cases.variable(c, "responseDueDate"))).isEqualTo(received.plus(Duration.ofHours(1)));

        // 41 minutes after triage (one hour and a minute after receipt) the OPD's ladder starts
        assertThat(cases.mailCount(c, "kadis.dishub@ntbprov.example", "ESKALASI"))
                .isZero();
        cases.advancePast(c, "responseDueDate");
        cases.mails(c, "kadis.dishub@ntbprov.example", "ESKALASI level 1", 1);
    }

    @Test
    void aHoaxClarificationLeftForADayRemindsTheHeadOfDiskominfotik() throws Exception {
        var c = cases.submit("KESEHATAN");
        Instant before = runtime.engineNow();
        cases.triage(c, vars("triageDecision", "HOAX", "concernedOpd", "DIKES"));
        Instant due = instant(cases.task(c, "Task_ClarifyHoax").dueDate());
        assertThat(due)
                .isBetween(
                        before.plus(Duration.ofHours(24)).minusSeconds(1),
                        runtime.engineNow().plus(Duration.ofHours(24)));

        cases.advancePast(due.minus(Duration.ofHours(1)));
        assertThat(cases.mailCount(c, DISKOMINFO_HEAD, "PENGINGAT")).isZero();
        cases.advancePast(due);
        var mail = cases.mails(c, DISKOMINFO_HEAD, "PENGINGAT", 1).get(0);
        assertThat(DevMailText.plainText(mail))
                .contains(c.ticket(), "klarifikasi hoaks (1x24 jam)", "belum dikerjakan");
        // a reminder, not a step on the OPD's ladder; the task is still there to be done
        assertThat(cases.row(c).get("escalation_level")).isEqualTo(0);
        cases.complete(
                c,
                "Task_ClarifyHoax",
                vars(
                        "clarificationText",
                        "Informasi tersebut tidak benar.",
                        "clarificationUrl",
                        "https://diskominfotik.ntbprov.example/klarifikasi/uji-jam"));
        runtime.awaitCompletedThrough(
                c.instance(), "Timer_ClarifyHoaxOverdue", "Task_RemindClarifyHoax", "EndEvent_ClarifyHoaxReminded");
    }

    @Test
    void aClosureWaitingThreeDaysForItsSupervisorRemindsTheHeadOfDiskominfotik() throws Exception {
        var c = cases.submit("SAMPAH");
        cases.triageValid(c, "SAMPAH");
        cases.respond(c, "DLHK menjadwalkan pengangkutan.");
        cases.resolve(c, "Sampah sudah diangkut.");
        assertThat(cases.rate(c, 5).status()).isEqualTo(202);
        Instant before = runtime.engineNow();
        Instant due = instant(cases.task(c, "Task_VerifyClosure").dueDate());
        assertThat(due)
                .isBetween(
                        before.plus(Duration.ofHours(72)).minusSeconds(5),
                        runtime.engineNow().plus(Duration.ofHours(72)));

        cases.advancePast(due);
        var mail = cases.mails(c, DISKOMINFO_HEAD, "PENGINGAT", 1).get(0);
        assertThat(DevMailText.plainText(mail)).contains(c.ticket(), "verifikasi penutupan oleh supervisor");
        cases.verify(c, "APPROVE");
        cases.awaitStatus(c, "DITUTUP");
        runtime.awaitCompletedThrough(
                c.instance(),
                "Timer_VerifyClosureOverdue",
                "Task_RemindVerifyClosure",
                "EndEvent_VerifyClosureReminded");
    }

    @Test
    void aGovernorsReportLeftUnreviewedForTwoDaysRemindsItsReviewer() throws Exception {
        long instance;
        try (io.camunda.zeebe.client.ZeebeClient client = ENGINE.engine().createClient()) {
            instance = client.newCreateInstanceCommand()
                    .bpmnProcessId("periodic-report")
                    .latestVersion()
                    .variables(java.util.Map.of(
                            "periodKind", "REQUESTED", "periodFrom", "2032-01-01", "periodTo", "2032-02-01"))
                    .send()
                    .join()
                    .getProcessInstanceKey();
        }
        Instant before = runtime.engineNow();
        var review = runtime.awaitUserTask(instance, "Task_ReviewReport");
        Instant due = instant(review.dueDate());
        assertThat(due)
                .isBetween(
                        before.plus(Duration.ofHours(47)), runtime.engineNow().plus(Duration.ofHours(48)));
        java.util.function.Supplier<Long> reminders = () -> id.tanggap.testsupport.TestMail.to(DISKOMINFO_HEAD).stream()
                .filter(m -> id.tanggap.testsupport.TestMail.subjectOf(m).contains("menunggu tinjauan")
                        && id.tanggap.testsupport.TestMail.subjectOf(m).contains("2032"))
                .count();
        assertThat(reminders.get()).isZero();

        cases.advancePast(due);
        await().atMost(Duration.ofSeconds(20)).until(() -> reminders.get() == 1);
        runtime.completeUserTask(review.key(), java.util.Map.of("reviewDecision", "APPROVE"));
        runtime.awaitCompletedThrough(
                instance, "Timer_ReviewOverdue", "Task_RemindReview", "EndEvent_ReviewReminded", "EndEvent_ReportSent");
    }

    private static Instant instant(Object value) {
        return ProcessDates.parse(String.valueOf(value));
    }

    /** The next Thursday after the engine's today whose following eight days hold no holiday of the calendar. */
    private LocalDate nextOrdinaryThursday() {
        LocalDate day = runtime.engineNow().atZone(zone).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        while (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM holiday WHERE holiday_date BETWEEN ? AND ?",
                        Integer.class,
                        day,
                        day.plusDays(9))
                > 0) {
            day = day.plusWeeks(1);
        }
        return day;
    }
}
