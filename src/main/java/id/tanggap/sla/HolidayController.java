package id.tanggap.sla;

import id.tanggap.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The holiday calendar that working-day deadlines skip; Diskominfo and admins maintain it. */
@RestController
class HolidayController {

    record HolidayView(LocalDate date, String name) {}

    record HolidayName(String name) {}

    private final HolidayCalendar calendar;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    HolidayController(HolidayCalendar calendar, java.time.Clock clock, id.tanggap.shared.TanggapProperties properties) {
        this.calendar = calendar;
        this.clock = clock;
        this.zone = properties.zone();
    }

    @GetMapping("/api/holidays")
    List<HolidayView> list(@RequestParam(defaultValue = "0") int year) {
        // LocalDate accepts years up to ±999999999 only; a calendar beyond this century is a typo or a probe
        if (year != 0 && (year < 2000 || year > 2100)) {
            throw InvalidInputException.of("year", "tahun harus antara 2000 dan 2100");
        }
        // this year in the region (on the server's clock the year turns at 08:00 WITA)
        int y = year == 0 ? LocalDate.now(clock.withZone(zone)).getYear() : year;
        return calendar.ofYear(y).stream()
                .map(h -> new HolidayView(h.date(), h.name()))
                .toList();
    }

    @PutMapping("/api/holidays/{date}")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
    HolidayView put(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody HolidayName body) {
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw InvalidInputException.of("date", "tahun harus antara 2000 dan 2100");
        }
        if (body == null
                || body.name() == null
                || body.name().isBlank()
                || body.name().length() > 200) {
            throw InvalidInputException.of("name", "wajib diisi, paling banyak 200 karakter");
        }
        HolidayCalendar.Entry holiday = calendar.set(date, body.name());
        return new HolidayView(holiday.date(), holiday.name());
    }

    @DeleteMapping("/api/holidays/{date}")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
    ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.remove(date);
        return ResponseEntity.noContent().build();
    }
}
