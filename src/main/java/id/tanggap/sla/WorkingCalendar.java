package id.tanggap.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Adds service-level limits to a moment: days (P2D) are working days, skipping Saturdays, Sundays
 * and the operator's holidays, and keep the time of day; hours and minutes (PT1H) are clock time.
 */
@Component
public class WorkingCalendar {

    private final HolidayRepository holidays;

    WorkingCalendar(HolidayRepository holidays) {
        this.holidays = holidays;
    }

    public Instant add(Instant from, String limit, ZoneId zone) {
        int days;
        Duration time;
        String iso = limit.trim().toUpperCase();
        int t = iso.indexOf('T');
        if (t < 0) {
            days = Period.parse(iso).getDays();
            time = Duration.ZERO;
        } else {
            days = t > 1 ? Period.parse(iso.substring(0, t)).getDays() : 0;
            time = Duration.parse("P" + iso.substring(t));
        }
        ZonedDateTime start = from.atZone(zone);
        Set<LocalDate> off = holidays
                .findByDateBetweenOrderByDate(
                        start.toLocalDate(), start.toLocalDate().plusDays(days * 3L + 30))
                .stream()
                .map(Holiday::getDate)
                .collect(Collectors.toSet());
        return addWorkingDays(start, days, d -> off.contains(d)).plus(time).toInstant();
    }

    static ZonedDateTime addWorkingDays(ZonedDateTime start, int days, Predicate<LocalDate> holiday) {
        ZonedDateTime at = start;
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (isWorkingDay(at.toLocalDate(), holiday)) {
                left--;
            }
        }
        return at;
    }

    static boolean isWorkingDay(LocalDate day, Predicate<LocalDate> holiday) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday.test(day);
    }
}
