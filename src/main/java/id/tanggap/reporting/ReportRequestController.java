package id.tanggap.reporting;

import id.tanggap.shared.FormKeys;
import id.tanggap.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Diskominfo requests a report to the Governor for a period: {@code POST /api/reports} and the page /laporan/minta. */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class ReportRequestController {

    record RequestBodyJson(String from, String to) {}

    record Accepted(String requestId, String from, String to, String status) {}

    private final ReportRequests requests;

    ReportRequestController(ReportRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/api/reports")
    @ResponseBody
    ResponseEntity<Accepted> request(
            @RequestBody RequestBodyJson body, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var r = requests.request(body.from(), body.to(), key);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Accepted(r.requestId(), r.from().toString(), r.to().toString(), "DISUSUN"));
    }

    /** The form, with a new one-time key; after a request (redirected here) the notice that the report is being compiled. */
    @GetMapping("/laporan/minta")
    String page(
            @RequestParam(name = "diminta", required = false) String requested,
            @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String to,
            Model model) {
        if (requested != null) {
            try {
                model.addAttribute("diminta", new Notice(LocalDate.parse(from), LocalDate.parse(to)));
            } catch (RuntimeException notDates) {
                // an address edited by hand: no notice, just the form
            }
        }
        if (!model.containsAttribute("kunci")) {
            model.addAttribute("kunci", FormKeys.fresh());
        }
        return "reporting/request";
    }

    record Notice(LocalDate from, LocalDate to) {}

    /**
     * Post/Redirect/Get: an accepted request answers with a redirect to the notice, so a refresh shows it again
     * and starts nothing; the form's key makes a double click (or the form sent again) one report.
     */
    @PostMapping("/laporan/minta")
    String requestFromPage(
            @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String to,
            @RequestParam(name = "kunci", required = false) String key,
            Model model,
            HttpServletResponse response) {
        try {
            var r = requests.requestFromPage(from, to, key);
            return notice(r.from(), r.to());
        } catch (InvalidInputException e) {
            // the page keeps what was typed (and its key: nothing was started) and says what is wrong
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("masalah", e.problems());
            model.addAttribute("dari", from);
            model.addAttribute("sampai", to);
            if (FormKeys.valid(key)) {
                model.addAttribute("kunci", key);
            }
            return page(null, null, null, model);
        } catch (DataIntegrityViolationException sameKeyAtTheSameMoment) {
            // a double click whose twin won the race to the outbox: that one started the report
            return notice(LocalDate.parse(from.strip()), LocalDate.parse(to.strip()));
        }
    }

    private static String notice(LocalDate from, LocalDate to) {
        return "redirect:/laporan/minta?diminta&dari=" + from + "&sampai=" + to;
    }
}
