package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArchiveReasonTest {

    @Test
    void theProcessNamesNoInfoOrElseTheReportIsIncomplete() {
        assertThat(ArchiveReason.of("NO_INFO")).isEqualTo(ArchiveReason.NO_INFO);
        assertThat(ArchiveReason.of("INCOMPLETE")).isEqualTo(ArchiveReason.INCOMPLETE);
        assertThat(ArchiveReason.of(null)).isEqualTo(ArchiveReason.INCOMPLETE);
    }

    @Test
    void onlyTheTwoArchiveReasonsMarkACaseArchivedInTriage() {
        assertThat(ArchiveReason.isArchive("NO_INFO")).isTrue();
        assertThat(ArchiveReason.isArchive("INCOMPLETE")).isTrue();
        assertThat(ArchiveReason.isArchive("VERIFIED")).isFalse();
        assertThat(ArchiveReason.isArchive("NO_REPLY")).isFalse();
        assertThat(ArchiveReason.isArchive(null)).isFalse();
    }
}
