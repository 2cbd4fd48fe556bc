package id.tanggap.routing;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OPD register other modules read: names where the OPD is known, the code itself where it is not. */
class OpdsIT extends IntegrationTest {

    @Autowired
    Opds opds;

    @Test
    void aKnownOpdIsNamedAndAnUnknownCodeStandsForItself() {
        assertThat(opds.nameOf("DPUPR")).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Provinsi NTB");
        assertThat(opds.shortNameOf("DPUPR")).isEqualTo("Dinas PUPR");
        assertThat(opds.emailOf("DPUPR")).contains("dpupr@ntbprov.example");
        assertThat(opds.exists("DPUPR")).isTrue();

        assertThat(opds.nameOf("DINAS-HANTU")).isEqualTo("DINAS-HANTU");
        assertThat(opds.shortNameOf("DINAS-HANTU")).isEqualTo("DINAS-HANTU");
        assertThat(opds.exists("DINAS-HANTU")).isFalse();
        assertThat(opds.find("DINAS-HANTU")).isEmpty();
        assertThat(opds.nameOf(null)).isNull();
        assertThat(opds.exists(null)).isFalse();
    }

    @Test
    void theListIsByNameAndNamesCoverEveryOpd() {
        assertThat(opds.all())
                .extracting(OpdInfo::name)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .contains("Inspektorat Provinsi NTB");
        assertThat(opds.names())
                .containsEntry("BPBD", "Badan Penanggulangan Bencana Daerah Provinsi NTB")
                .hasSameSizeAs(opds.all());
    }

    @Test
    void registeringATakenCodeChangesNothing() {
        assertThat(opds.registerIfAbsent("DPUPR", "Nama lain", "Lain", "opd-lain", "lain@example.org"))
                .isFalse();
        assertThat(opds.nameOf("DPUPR")).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Provinsi NTB");
    }
}
