package id.tanggap.sla;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.MasterDataHistory;
import id.tanggap.audit.MasterDataHistory.Kind;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the holiday calendar (the API {@code /api/holidays} and the master data screens): each change in the master
 * data history and the audit trail (HOLIDAY_CHANGED). {@link WorkingCalendar} reads the table at every deadline it
 * computes (no cache), so a holiday set today moves the next deadline that would fall on it. A holiday is the one
 * kind of master data that is removed rather than deactivated: no record refers to it.
 */
@Component
public class HolidayCalendar {

    public record Entry(LocalDate date, String name) {}

    private final HolidayRepository holidays;
    private final MasterDataHistory history;

    HolidayCalendar(HolidayRepository holidays, MasterDataHistory history) {
        this.holidays = holidays;
        this.history = history;
    }

    /** The holidays of a year (2000 to 2100), by date. */
    public List<Entry> ofYear(int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("tahun", "tahun harus antara 2000 dan 2100");
        }
        return holidays.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(h -> new Entry(h.getDate(), h.getName()))
                .toList();
    }

    /**
     * The years from {@code from} to {@code to} whose list holds no holiday but the ones on fixed dates (New Year,
     * Labour Day, Pancasila Day, Independence Day, Christmas): the religious holidays and the joint leave of the
     * year's SKB (Surat Keputusan Bersama of three ministers, published in the autumn before) have not been entered,
     * so deadlines counted through such a year run through them as working days.
     */
    public List<Integer> yearsWithoutTheirDecree(int from, int to) {
        List<Integer> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            if (!hasMovableHoliday(holidays, year)) {
                years.add(year);
            }
        }
        return years;
    }

    static boolean hasMovableHoliday(HolidayRepository holidays, int year) {
        return holidays.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .anyMatch(h -> !isFixedDate(h.getDate()));
    }

    static boolean isFixedDate(LocalDate day) {
        return FIXED_DATES.contains(java.time.MonthDay.from(day));
    }

    private static final java.util.Set<java.time.MonthDay> FIXED_DATES = java.util.Set.of(
            java.time.MonthDay.of(1, 1),
            java.time.MonthDay.of(5, 1),
            java.time.MonthDay.of(6, 1),
            java.time.MonthDay.of(8, 17),
            java.time.MonthDay.of(12, 25));

    public Optional<Entry> find(LocalDate date) {
        return date == null ? Optional.empty() : holidays.findById(date).map(h -> new Entry(h.getDate(), h.getName()));
    }

    /** Sets a holiday on this date, or renames the one there. */
    @Transactional
    public Entry set(LocalDate date, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null || date.getYear() < 2000 || date.getYear() > 2100) {
            problems.add(new FieldProblem("tanggal", "wajib diisi, tahun antara 2000 dan 2100"));
        }
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            problems.add(new FieldProblem("nama", "wajib diisi, paling banyak 200 karakter"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Holiday holiday = holidays.findById(date).orElse(null);
        String before = holiday == null ? null : holiday.getName();
        if (holiday == null) {
            holiday = new Holiday(date, name.trim());
        } else {
            holiday.rename(name.trim());
        }
        holidays.save(holiday);
        history.record(
                Kind.HOLIDAY,
                date.toString(),
                before == null ? "DIBUAT" : "DIUBAH",
                before,
                holiday.getName(),
                AuditAction.HOLIDAY_CHANGED,
                "ditetapkan: " + holiday.getName());
        return new Entry(holiday.getDate(), holiday.getName());
    }

    /** Removes the holiday on this date; false when there was none. */
    @Transactional
    public boolean remove(LocalDate date) {
        Optional<Holiday> holiday = date == null ? Optional.empty() : holidays.findById(date);
        holiday.ifPresent(h -> {
            holidays.delete(h);
            history.record(
                    Kind.HOLIDAY,
                    date.toString(),
                    "DIHAPUS",
                    h.getName(),
                    null,
                    AuditAction.HOLIDAY_CHANGED,
                    "dihapus");
        });
        return holiday.isPresent();
    }
}
