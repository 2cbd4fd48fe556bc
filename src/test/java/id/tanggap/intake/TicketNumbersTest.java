package id.tanggap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketNumbersTest {

    @Test
    void formatsTicketsPerYearWithSixDigits() {
        assertThat(TicketNumbers.format(2026, 1)).isEqualTo("ADU-2026-000001");
        assertThat(TicketNumbers.format(2027, 999_999)).isEqualTo("ADU-2027-999999");
        assertThatThrownBy(() -> TicketNumbers.format(2026, 1_000_000)).hasMessageContaining("exhausted");
    }
}
