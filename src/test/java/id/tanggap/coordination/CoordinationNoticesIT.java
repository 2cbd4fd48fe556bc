package id.tanggap.coordination;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.devrun.DevMailText;
import id.tanggap.routing.Opds;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.CaseScenarioTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Everyone in a joint follow-up hears what concerns them: each supporting OPD is e-mailed when asked
 * to contribute, the lead OPD when all contributions are in, and a late contribution's escalation
 * names the deadline shared by the supporting OPDs.
 */
@Tag("scenario")
class CoordinationNoticesIT extends CaseScenarioTest {

    @Autowired
    Opds opds;

    @Test
    void supportingOpdsAreAskedByEMailTheLeadIsToldWhenAllAreInAndALateOneIsMeasuredAgainstTheSharedDeadline()
            throws Exception {
        var c = cases.submit("BANJIR");
        cases.triageValid(c, "BANJIR");
        cases.complete(
                c,
                "Task_RespondToComplaint",
                vars(
                        "responseOutcome",
                        "NEEDS_COORDINATION",
                        "responseText",
                        "Banjir ditangani bersama DLHK dan PUPR.",
                        "publicReplyUrl",
                        "https://x.com/bpbdntb/status/2",
                        "supportingOpds",
                        List.of("DLHK", "DPUPR")));
        cases.awaitStatus(c, "KOORDINASI");

        // the shared deadline: 3 working days from the coordination request, to the minute
        ZonedDateTime from = ProcessDates.parse(String.valueOf(cases.variable(c, "coordinationFrom")))
                .atZone(zone);
        Instant shared = ProcessDates.parse(String.valueOf(cases.variable(c, "coordinationDueDate")));
        assertThat(shared).isEqualTo(workingDaysAfter(from, 3).toInstant());
        String sharedLabel = IndonesianDates.longDateTime(shared, zone);
        Instant responseDue = ProcessDates.parse(String.valueOf(cases.variable(c, "responseDueDate")));
        assertThat(responseDue).isNotEqualTo(shared);

        // each supporting OPD is asked by e-mail, with the lead OPD and the shared deadline
        for (String opd : List.of("DLHK", "DPUPR")) {
            var ask = cases.mails(c, emailOf(opd), "Permintaan kontribusi", 1);
            assertThat(ask).hasSize(1);
            assertThat(DevMailText.plainText(ask.get(0)))
                    .contains(c.ticket(), nameOf("BPBD"), nameOf(opd), sharedLabel, "Sampaikan kontribusi");
        }

        long coordination = ENGINE.awaitProcessInstance("cross-sector-coordination", c.ticket());
        var tasks = ENGINE.awaitOpenUserTasks(coordination, "Task_ContributeToFollowUp", 2);
        var dlhk = tasks.stream()
                .filter(t -> t.candidateGroups().contains("opd-dlhk"))
                .findFirst()
                .orElseThrow();
        var pupr = tasks.stream()
                .filter(t -> t.candidateGroups().contains("opd-dpupr"))
                .findFirst()
                .orElseThrow();
        runtime.completeUserTask(dlhk.key(), vars("contribution", "DLHK mengangkut sampah penyumbat saluran."));
        Thread.sleep(1000);
        assertThat(cases.mailCount(c, emailOf("BPBD"), "Semua kontribusi")).isZero();

        // PUPR is late: its head hears the shared deadline (not the lead OPD's response deadline) and by how much
        cases.advancePast(shared.plus(Duration.ofHours(2)));
        String escalation = DevMailText.plainText(
                cases.mails(c, "kadis.dpupr@ntbprov.example", "ESKALASI", 1).get(0));
        assertThat(escalation)
                .contains(
                        "kontribusi koordinasi lintas OPD dari " + nameOf("DPUPR"),
                        sharedLabel,
                        "Keterlambatan saat ini: 2 jam")
                .doesNotContain(IndonesianDates.longDateTime(responseDue, zone));

        runtime.completeUserTask(pupr.key(), vars("contribution", "PUPR membersihkan saluran drainase."));
        // all in: the lead OPD is told, with what each contributed
        String complete = DevMailText.plainText(
                cases.mails(c, emailOf("BPBD"), "Semua kontribusi", 1).get(0));
        assertThat(complete)
                .contains(
                        "DLHK mengangkut sampah penyumbat saluran.",
                        "PUPR membersihkan saluran drainase.",
                        "Susun tindak lanjut bersama");
        runtime.awaitUserTask(coordination, "Task_ConsolidateJointFollowUp");
    }

    private String nameOf(String opd) {
        return opds.find(opd).orElseThrow().name();
    }

    private String emailOf(String opd) {
        return opds.emailOf(opd).orElseThrow();
    }

    /** As the rule reads: a request made on a day off counts from the last minute before the next working day. */
    private ZonedDateTime workingDaysAfter(ZonedDateTime from, int days) {
        ZonedDateTime d = from;
        if (!isWorkingDay(d)) {
            do {
                d = d.toLocalDate().plusDays(1).atStartOfDay(d.getZone());
            } while (!isWorkingDay(d));
            d = d.minusMinutes(1);
        }
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private boolean isWorkingDay(ZonedDateTime d) {
        boolean holiday = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM holiday WHERE holiday_date = ?", Integer.class, d.toLocalDate())
                > 0;
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday;
    }
}
