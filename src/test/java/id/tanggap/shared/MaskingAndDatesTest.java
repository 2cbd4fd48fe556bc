package id.tanggap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MaskingAndDatesTest {

    @Test
    void masksNamesAndContacts() {
        assertThat(Masking.name("Baiq Nurul Aini")).isEqualTo("B*** N**** A***");
        assertThat(Masking.name(null)).isEqualTo("-");
        assertThat(Masking.contact("nurul.aini@gmail.com")).isEqualTo("n***@gmail.com");
        assertThat(Masking.contact("0812-3456-7890")).isEqualTo("**********7890");
    }

    @Test
    void readsTheDateFormsProcessesHandOver() {
        Instant expected = Instant.parse("2026-11-26T23:44:55.773Z");
        assertThat(ProcessDates.parse("2026-11-26T23:44:55.773Z")).isEqualTo(expected);
        assertThat(ProcessDates.parse("2026-11-26T23:44:55.773Z[Etc/UTC]")).isEqualTo(expected);
        assertThat(ProcessDates.parse("2026-11-27T07:44:55.773+08:00")).isEqualTo(expected);
        assertThat(ProcessDates.parse("2026-11-27T07:44:55.773@Asia/Makassar")).isEqualTo(expected);
        assertThat(ProcessDates.parse(" ")).isNull();
    }
}
