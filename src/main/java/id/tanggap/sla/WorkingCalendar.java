package id.tanggap.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds service-level limits to a moment: days (P2D) are working days, skipping Saturdays, Sundays
 * and the operator's holidays, and keep the time of day; hours and minutes (PT1H) are clock time.
 * Working days received on a day off are counted from the start of the next working day: a complaint of Saturday
 * has until Wednesday 23.59 for three working days, never less than one of Friday night. Months and years are refused (their length in working days is not defined).
 */
@Component
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final HolidayRepository holidays;
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    WorkingCalendar(HolidayRepository holidays) {
        this.holidays = holidays;
    }

    public Instant add(Instant from, String limit, ZoneId zone) {
        int days;
        Duration time;
        String iso = limit.trim().toUpperCase();
        int t = iso.indexOf('T');
        if (t < 0) {
            days = workingDays(iso);
            time = Duration.ZERO;
        } else {
            days = t > 1 ? workingDays(iso.substring(0, t)) : 0;
            time = Duration.parse("P" + iso.substring(t));
        }
        ZonedDateTime start = from.atZone(zone);
        Set<LocalDate> off = holidays
                .findByDateBetweenOrderByDate(
                        start.toLocalDate(), start.toLocalDate().plusDays(days * 3L + 30))
                .stream()
                .map(Holiday::getDate)
                .collect(Collectors.toSet());
        ZonedDateTime due = addWorkingDays(start, days, d -> off.contains(d));
        for (int year = start.getYear() + 1; days > 0 && year <= due.getYear(); year++) {
            warnIfWithoutDecree(year);
        }
        return due.plus(time).toInstant();
    }

    /**
     * A deadline counted into a year whose holidays have not been entered is counted too short: said in the log once
     * per year and instance (the holiday page says it to Diskominfo). Only years after the receipt's are checked, so
     * the check costs a query only for the deadlines that cross a new year.
     */
    private void warnIfWithoutDecree(int year) {
        if (!warned.contains(year) && !HolidayCalendar.hasMovableHoliday(holidays, year) && warned.add(year)) {
            log.warn(
                    "the holiday calendar of {} holds only the fixed-date holidays: deadlines counted into {} run"
                            + " through its religious holidays and joint leave; enter the year's SKB at"
                            + " /data-induk/hari-libur",
                    year,
                    year);
        }
    }

    private static int workingDays(String period) {
        Period p = Period.parse(period);
        if (p.getMonths() != 0 || p.getYears() != 0 || p.getDays() < 0) {
            throw new DateTimeParseException("a limit counts working days (P5D) or clock time (PT24H)", period, 0);
        }
        return p.getDays();
    }

    static ZonedDateTime addWorkingDays(ZonedDateTime start, int days, Predicate<LocalDate> holiday) {
        ZonedDateTime at = start;
        if (days > 0 && !isWorkingDay(at.toLocalDate(), holiday)) {
            // received on a day off: counted as if received at the last minute before the next working day, so the
            // deadline is 23.59 on the last of its working days (a Saturday's three days end Wednesday 23.59)
            do {
                at = at.toLocalDate().plusDays(1).atStartOfDay(at.getZone());
            } while (!isWorkingDay(at.toLocalDate(), holiday));
            at = at.minusMinutes(1);
        }
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
