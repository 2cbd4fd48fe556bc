package id.tanggap.reporting;

import id.tanggap.shared.InvalidInputException;
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

    @GetMapping("/laporan/minta")
    String page() {
        return "reporting/request";
    }

    @PostMapping("/laporan/minta")
    String requestFromPage(
            @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String to,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("dari", from);
        model.addAttribute("sampai", to);
        try {
            var r = requests.request(from, to, null);
            model.addAttribute("diminta", r);
        } catch (InvalidInputException e) {
            // the page keeps what was typed and says what is wrong
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("masalah", e.problems());
        }
        return "reporting/request";
    }
}
