package id.tanggap.officials;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The officials register as reading modules see it: an OPD's head is its echelon II official. */
class OfficialsIT extends IntegrationTest {

    @Autowired
    Officials officials;

    @Test
    void theHeadOfAnOpdIsItsEchelonTwoOfficial() {
        Official head = officials.headOf("DPUPR").orElseThrow();
        assertThat(head.getNip()).isEqualTo("196805121994031005");
        assertThat(head.getEchelon()).isEqualTo("II");
        assertThat(officials.headOf("DINAS-HANTU")).isEmpty();
        assertThat(officials.headOf(null)).isEmpty();
    }

    @Test
    void anOfficialIsFoundByNipAndAnUnknownNipFindsNoOne() {
        assertThat(officials.find("197203151998031004"))
                .get()
                .extracting(Official::getOpdCode)
                .isEqualTo("DPUPR");
        assertThat(officials.find("000000000000000000")).isEmpty();
        assertThat(officials.find(null)).isEmpty();
    }
}
