package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.Channel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** "An open case", once: the Java and the SQL form say the same. */
class OpenCasesTest {

    private static Complaint received(long id) {
        Complaint c = new Complaint(
                "ADU-" + id,
                Channel.WEB,
                "web:" + id,
                new Complaint.Reporter(null, null, true, false),
                "teks",
                "POHON",
                null,
                null,
                null,
                List.of(),
                Instant.EPOCH);
        ReflectionTestUtils.setField(c, "id", id);
        return c;
    }

    @Test
    void aResolvedCaseIsOpenButNoLongerOutstandingAndAJoinedReportIsNeither() {
        Complaint resolved = received(1);
        resolved.verified(null, "NORMAL", "SIMPLE", Instant.EPOCH);
        resolved.dispositionTo("DPUPR", null, null, null, null, Instant.EPOCH);
        resolved.resolve(1, "p", null, "t", null, "C", Instant.EPOCH);
        assertThat(OpenCases.isOpen(resolved)).isTrue();
        assertThat(OpenCases.isOutstanding(resolved)).isFalse();

        Complaint joined = received(2);
        joined.joinedTo(received(3), Instant.EPOCH);
        assertThat(OpenCases.isOpen(joined)).isFalse();
        assertThat(OpenCases.isOutstanding(received(4))).isTrue();
    }

    @Test
    void theSqlFormsNameTheSameStates() {
        assertThat(OpenCases.openSql("c"))
                .isEqualTo("c.status NOT IN ('DITERUSKAN', 'DITUTUP', 'HOAKS') AND c.duplicate_of_id IS NULL");
        assertThat(OpenCases.outstandingSql(""))
                .isEqualTo("status NOT IN ('DITERUSKAN', 'DITUTUP', 'HOAKS', 'SELESAI') AND duplicate_of_id IS NULL");
    }
}
