package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decisions of the case workers, without Spring or an engine. */
class CaseStepsTest {

    @Test
    void aCaseClosedWithoutAReplyIsClosedByTheSystemElseByTheSupervisor() {
        assertThat(CaseSteps.closeActor("NO_REPLY")).isEqualTo("Sistem Tanggap");
        assertThat(CaseSteps.closeNote("NO_REPLY")).contains("tidak ada balasan pelapor");
        assertThat(CaseSteps.closeActor("VERIFIED")).isEqualTo("Pengawas");
        assertThat(CaseSteps.closeNote("VERIFIED")).isEqualTo("Ditutup setelah diverifikasi pengawas");
    }

    @Test
    void aJoinedReportFollowsACaseClosedAfterHandlingAndGoesBackToTriageOtherwise() {
        assertThat(CaseSteps.followOutcome(Optional.of(ComplaintStatus.DITUTUP)))
                .isEqualTo("CLOSED");
        assertThat(CaseSteps.followOutcome(Optional.of(ComplaintStatus.HOAKS))).isEqualTo("TRIAGE");
        assertThat(CaseSteps.followOutcome(Optional.of(ComplaintStatus.DITERUSKAN)))
                .isEqualTo("TRIAGE");
        assertThat(CaseSteps.followOutcome(Optional.empty())).isEqualTo("TRIAGE");
        assertThat(CaseSteps.releasedNote("ADU-1", Optional.of(ComplaintStatus.HOAKS)))
                .isEqualTo("Aduan ADU-1 berakhir (hoaks telah diklarifikasi)");
        assertThat(CaseSteps.releasedNote(null, Optional.empty())).isEqualTo("Laporan ini tidak digabung");
    }

    @Test
    void aRefusedJoinSaysWhyOnTheTimeline() {
        assertThat(CaseSteps.joinRefusedNote("ADU-9", Optional.empty())).startsWith("Aduan ADU-9 tidak ditemukan;");
        assertThat(CaseSteps.joinRefusedNote("ADU-9", Optional.of(ComplaintStatus.SELESAI)))
                .startsWith("Aduan ADU-9 sudah selesai ditanggapi;");
    }

    @Test
    void aRerouteNamesTheOpdAndItsReason() {
        assertThat(CaseSteps.rerouteNote("Dinas PUPR", "urusan kabupaten"))
                .isEqualTo("Bukan wewenang Dinas PUPR: urusan kabupaten. Aduan diverifikasi ulang oleh Diskominfotik");
    }

    @Test
    void aStepIsNotedUnderItsTypeAndElementInstance() {
        assertThat(new JobStep("recordResponse", 42, 7).key()).isEqualTo("recordResponse:42");
    }
}
