package id.tanggap.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
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

    @Test
    void aComplaintReceivedOnADayOffIsCountedFromTheNextWorkingMorningAndNeverGetsLessTime() {
        // Friday 27 November 2026 23:59 WITA, then two minutes later on Saturday, then Sunday night
        ZonedDateTime fridayNight = ZonedDateTime.of(2026, 11, 27, 23, 59, 0, 0, WITA);
        ZonedDateTime saturday = ZonedDateTime.of(2026, 11, 28, 0, 1, 0, 0, WITA);
        ZonedDateTime sunday = ZonedDateTime.of(2026, 11, 29, 1, 0, 0, 0, WITA);
        ZonedDateTime wednesdayNight = ZonedDateTime.of(2026, 12, 2, 23, 59, 0, 0, WITA);

        assertThat(WorkingCalendar.addWorkingDays(fridayNight, 3, d -> false)).isEqualTo(wednesdayNight);
        // Monday, Tuesday and Wednesday are the three working days of all three: due at the end of Wednesday
        assertThat(WorkingCalendar.addWorkingDays(saturday, 3, d -> false)).isEqualTo(wednesdayNight);
        assertThat(WorkingCalendar.addWorkingDays(sunday, 3, d -> false)).isEqualTo(wednesdayNight);
        // a holiday on Monday moves the start to Tuesday morning
        Set<LocalDate> mondayOff = Set.of(LocalDate.of(2026, 11, 30));
        assertThat(WorkingCalendar.addWorkingDays(saturday, 3, mondayOff::contains))
                .isEqualTo(wednesdayNight.plusDays(1));
        // clock-time limits run through the weekend as they are
        assertThat(WorkingCalendar.addWorkingDays(saturday, 0, d -> false)).isEqualTo(saturday);
    }

    @Test
    void aLaterReceiptNeverHasAnEarlierDeadline() {
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
        ZonedDateTime previous = null;
        for (ZonedDateTime at = ZonedDateTime.of(2026, 12, 18, 0, 0, 0, 0, WITA);
                at.isBefore(ZonedDateTime.of(2026, 12, 31, 0, 0, 0, 0, WITA));
                at = at.plusMinutes(37)) {
            ZonedDateTime due = WorkingCalendar.addWorkingDays(at, 3, holidays::contains);
            if (previous != null) {
                assertThat(due).as("received %s", at).isAfterOrEqualTo(previous);
            }
            previous = due;
        }
    }

    @Test
    void monthsAndYearsAreRefusedRatherThanDropped() {
        WorkingCalendar calendar = new WorkingCalendar(null);
        assertThatThrownBy(() -> calendar.add(Instant.parse("2026-12-01T02:00:00Z"), "P1M", WITA))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> calendar.add(Instant.parse("2026-12-01T02:00:00Z"), "P1Y2D", WITA))
                .isInstanceOf(DateTimeParseException.class);
    }
}
