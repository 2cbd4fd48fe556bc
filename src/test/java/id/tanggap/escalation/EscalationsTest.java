package id.tanggap.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.complaint.JobStep;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What an escalation decides before anyone is e-mailed, without Spring. */
class EscalationsTest {

    @Test
    void anUnknownKindIsTheFirstResponseAndOnlyTheOpdsDeadlinesMoveTheLadder() {
        assertThat(EscalationKind.of(null)).isEqualTo(EscalationKind.RESPONSE);
        assertThat(EscalationKind.of("SOMETHING")).isEqualTo(EscalationKind.RESPONSE);
        assertThat(EscalationKind.of("TRIAGE").movesTheLadder()).isFalse();
        assertThat(EscalationKind.of("TASK").movesTheLadder()).isFalse();
        assertThat(EscalationKind.of("TASK").isReminder()).isTrue();
        assertThat(EscalationKind.of("RESOLUTION").movesTheLadder()).isTrue();
    }

    @Test
    void theMailSaysWhatIsLate() {
        assertThat(EscalationKind.TASK.what("Klarifikasi hoaks", null)).isEqualTo("Klarifikasi hoaks");
        assertThat(EscalationKind.TASK.what(null, null)).isEqualTo("tugas");
        assertThat(EscalationKind.COORDINATION.what(null, "DLHK")).endsWith(" dari DLHK");
        assertThat(EscalationKind.RESPONSE.what(null, null)).isEqualTo("tanggapan pertama");
    }

    @Test
    void anOverdueTriageIsToldOncePerCaseOtherDeadlinesOncePerTimer() {
        JobStep step = new JobStep("escalateComplaint", 99, 1);
        assertThat(Escalations.scope(EscalationKind.TRIAGE, 5, step)).isEqualTo("TRIAGE:5");
        assertThat(Escalations.scope(EscalationKind.RESPONSE, 5, step)).isEqualTo("99");
    }

    @Test
    void latenessIsInDaysAndHoursOrMinutesAndNoneWhenOnTime() {
        Instant due = Instant.parse("2026-03-02T01:00:00Z");
        assertThat(Escalations.lateness(due, due.plus(Duration.ofHours(51)))).isEqualTo("2 hari 3 jam");
        assertThat(Escalations.lateness(due, due.plus(Duration.ofMinutes(45)))).isEqualTo("45 menit");
        assertThat(Escalations.lateness(due, due)).isNull();
        assertThat(Escalations.lateness(null, due)).isNull();
    }

    @Test
    void theLadderNamesRolesSeparatedByCommas() {
        assertThat(Escalations.roles(" OFFICIAL, HEAD ,,")).containsExactly("OFFICIAL", "HEAD");
        assertThat(Escalations.roles(null)).isEmpty();
    }
}
