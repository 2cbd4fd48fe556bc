package id.tanggap.audit;

import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.TanggapProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The audit trail for Diskominfo and administrators: the search page {@code /audit}, the paged API
 * {@code GET /api/audit} and the CSV export {@code GET /api/audit.csv}, which is itself audited.
 */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class AuditController {

    private final AuditSearch search;
    private final AuditTrail trail;
    private final AuditProperties audit;
    private final TanggapProperties properties;
    private final Clock clock;

    AuditController(
            AuditSearch search, AuditTrail trail, AuditProperties audit, TanggapProperties properties, Clock clock) {
        this.search = search;
        this.trail = trail;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/api/audit")
    @ResponseBody
    AuditSearch.Page api(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return search.page(new AuditSearch.Filter(from, to, actor, action), page, size);
    }

    @GetMapping("/api/audit.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action) {
        List<AuditEntry> rows = search.export(new AuditSearch.Filter(from, to, actor, action));
        trail.record(AuditAction.EXPORT, "audit_log", "CSV jejak audit, " + rows.size() + " baris");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jejak-audit.csv\"")
                .body(AuditCsv.of(rows).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/audit")
    String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute(
                "keepSince", LocalDate.now(clock.withZone(properties.zone())).minus(audit.retention()));
        try {
            AuditSearch.Page result = search.page(
                    new AuditSearch.Filter(date(from, "from"), date(to, "to"), actor, action), Math.max(0, page), 50);
            model.addAttribute("result", result);
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "errors",
                    e.problems().stream()
                            .map(p -> p.field() + ": " + p.message())
                            .toList());
        }
        return "audit/search";
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, "tanggal harus berbentuk TTTT-BB-HH");
        }
    }
}
