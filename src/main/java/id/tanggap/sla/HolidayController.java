package id.tanggap.sla;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
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

    private final HolidayRepository holidays;
    private final AuditTrail audit;

    HolidayController(HolidayRepository holidays, AuditTrail audit) {
        this.holidays = holidays;
        this.audit = audit;
    }

    @GetMapping("/api/holidays")
    List<HolidayView> list(@RequestParam(defaultValue = "0") int year) {
        // LocalDate accepts years up to ±999999999 only; a calendar beyond this century is a typo or a probe
        if (year != 0 && (year < 2000 || year > 2100)) {
            throw InvalidInputException.of("year", "tahun harus antara 2000 dan 2100");
        }
        int y = year == 0 ? LocalDate.now().getYear() : year;
        return holidays.findByDateBetweenOrderByDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).stream()
                .map(h -> new HolidayView(h.getDate(), h.getName()))
                .toList();
    }

    @PutMapping("/api/holidays/{date}")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
    @Transactional
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
        Holiday holiday = holidays.findById(date)
                .orElseGet(() -> new Holiday(date, body.name().trim()));
        holiday.rename(body.name().trim());
        holidays.save(holiday);
        audit.record(AuditAction.HOLIDAY_CHANGED, date.toString(), "ditetapkan: " + holiday.getName());
        return new HolidayView(holiday.getDate(), holiday.getName());
    }

    @DeleteMapping("/api/holidays/{date}")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        holidays.deleteById(date);
        audit.record(AuditAction.HOLIDAY_CHANGED, date.toString(), "dihapus");
        return ResponseEntity.noContent().build();
    }
}
