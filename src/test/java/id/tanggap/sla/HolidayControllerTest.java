package id.tanggap.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.TanggapProperties;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/holidays} without {@code year}: the year is the one in the region (WITA), so in the first eight
 * hours of January 1st WITA, still December 31st in UTC, the list is already the new year's.
 */
class HolidayControllerTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void justAfterMidnightOnNewYearsDayInWitaTheListIsTheNewYearsWhileUtcIsStillInTheOldOne() {
        // 2026-12-31 16:30 UTC is 2027-01-01 00:30 WITA
        List<HolidayController.HolidayView> list =
                controllerAt("2026-12-31T16:30:00Z").list(0);
        assertThat(list).extracting(HolidayController.HolidayView::date).containsExactly(LocalDate.of(2027, 1, 1));
    }

    @Test
    void justBeforeMidnightInWitaTheListIsStillTheOldYears() {
        // 2026-12-31 15:59 UTC is 2026-12-31 23:59 WITA
        assertThat(controllerAt("2026-12-31T15:59:00Z").list(0))
                .extracting(HolidayController.HolidayView::date)
                .containsExactly(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aGivenYearIsTakenAsItIs() {
        assertThat(controllerAt("2026-12-31T16:30:00Z").list(2030))
                .extracting(HolidayController.HolidayView::date)
                .containsExactly(LocalDate.of(2030, 1, 1));
    }

    /** The controller on a fixed UTC clock, over a calendar whose every year has New Year's Day only. */
    private static HolidayController controllerAt(String instant) {
        HolidayRepository newYearsDayOnly = (HolidayRepository) Proxy.newProxyInstance(
                HolidayRepository.class.getClassLoader(),
                new Class<?>[] {HolidayRepository.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("findByDateBetweenOrderByDate")) {
                        return List.of(new Holiday((LocalDate) args[0], "Tahun Baru Masehi"));
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        TanggapProperties properties =
                new TanggapProperties("http://localhost:8080", WITA, null, null, false, null, null, null);
        return new HolidayController(
                new HolidayCalendar(newYearsDayOnly, null),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                properties);
    }
}
