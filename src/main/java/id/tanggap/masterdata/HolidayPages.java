package id.tanggap.masterdata;

import id.tanggap.shared.InvalidInputException;
import id.tanggap.sla.HolidayCalendar;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /data-induk/hari-libur}: the holidays working-day deadlines skip, per year. */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class HolidayPages {

    private final HolidayCalendar calendar;
    private final Clock clock;
    private final ZoneId zone;

    HolidayPages(HolidayCalendar calendar, Clock clock, id.tanggap.shared.TanggapProperties properties) {
        this.calendar = calendar;
        this.clock = clock;
        this.zone = properties.zone();
    }

    @GetMapping("/data-induk/hari-libur")
    String list(
            @RequestParam(required = false) String tahun,
            @RequestParam(required = false) String tanggal,
            HttpServletResponse response,
            Model model) {
        int year = LocalDate.now(clock.withZone(zone)).getYear();
        if (tahun != null && tahun.matches("\\d{4}")) {
            year = Integer.parseInt(tahun);
        }
        if (year < 2000 || year > 2100) {
            FormPage.refused(
                    "holiday year",
                    InvalidInputException.of("tahun", "tahun harus antara 2000 dan 2100"),
                    FormPage.typed(),
                    response,
                    model);
            year = LocalDate.now(clock.withZone(zone)).getYear();
        }
        if (!model.containsAttribute("form")) {
            LocalDate day = date(tanggal);
            model.addAttribute(
                    "form",
                    day == null
                            ? FormPage.typed()
                            : calendar.find(day)
                                    .map(h -> FormPage.typed("tanggal", h.date().toString(), "nama", h.name()))
                                    .orElse(FormPage.typed("tanggal", day.toString())));
        }
        model.addAttribute("year", year);
        int thisYear = LocalDate.now(clock.withZone(zone)).getYear();
        model.addAttribute("withoutDecree", calendar.yearsWithoutTheirDecree(thisYear, thisYear + 1));
        model.addAttribute("idLocale", java.util.Locale.forLanguageTag("id"));
        model.addAttribute("entries", calendar.ofYear(year));
        return "masterdata/holidays";
    }

    @PostMapping("/data-induk/hari-libur")
    String save(
            @RequestParam(required = false) String tanggal,
            @RequestParam(required = false) String nama,
            HttpServletResponse response,
            Model model) {
        try {
            LocalDate day = date(tanggal);
            if (day == null) {
                throw InvalidInputException.of("tanggal", "wajib diisi, tanggal (tttt-bb-hh)");
            }
            HolidayCalendar.Entry saved = calendar.set(day, nama);
            return OpdPages.saved("/data-induk/hari-libur", saved.date().toString()) + "&tahun="
                    + saved.date().getYear();
        } catch (InvalidInputException e) {
            FormPage.refused("holiday", e, FormPage.typed("tanggal", tanggal, "nama", nama), response, model);
            LocalDate day = date(tanggal);
            return list(day == null ? null : String.valueOf(day.getYear()), null, response, model);
        }
    }

    @PostMapping("/data-induk/hari-libur/hapus")
    String remove(@RequestParam(required = false) String tanggal, HttpServletResponse response, Model model) {
        LocalDate day = date(tanggal);
        if (day == null || !calendar.remove(day)) {
            FormPage.refused(
                    "holiday removal",
                    InvalidInputException.of("tanggal", "tidak ada hari libur pada tanggal ini"),
                    FormPage.typed(),
                    response,
                    model);
            return list(null, null, response, model);
        }
        return OpdPages.saved("/data-induk/hari-libur", day.toString()) + "&tahun=" + day.getYear();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
