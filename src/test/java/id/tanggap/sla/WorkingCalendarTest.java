package id.tanggap.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void workingDaysSkipWeekendsAndHolidaysAndKeepTheTimeOfDay() {
        // Thursday 13 August 2026, 10:00 WITA; Monday 17 August is Independence Day
        ZonedDateTime thursday = ZonedDateTime.of(2026, 8, 13, 10, 0, 0, 0, WITA);
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 8, 17));
        assertThat(WorkingCalendar.addWorkingDays(thursday, 1, holidays::contains))
                .isEqualTo(thursday.plusDays(1));
        assertThat(WorkingCalendar.addWorkingDays(thursday, 2, holidays::contains)
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2026, 8, 18));
        assertThat(WorkingCalendar.addWorkingDays(thursday, 5, holidays::contains)
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2026, 8, 21));
        assertThat(WorkingCalendar.addWorkingDays(thursday, 2, holidays::contains)
                        .getHour())
                .isEqualTo(10);
        assertThat(WorkingCalendar.isWorkingDay(LocalDate.of(2026, 8, 15), d -> false))
                .isFalse();
    }
}
