package id.tanggap.reporting;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive of reports sent to the Governor, listed per period and downloadable. A report still
 * under review (a draft) is shown only to those who review it (Diskominfo, administrators): for
 * anyone else it does not exist yet.
 */
@RestController
@PreAuthorize("hasAnyRole('DISKOMINFO', 'SUPERVISOR', 'ADMIN')")
class ReportArchiveController {

    record Listed(
            long id,
            String periodKind,
            LocalDate periodFrom,
            LocalDate periodTo,
            String summary,
            Instant approvedAt,
            String pdf,
            String xlsx) {}

    private final GovernorReportRepository reports;
    private final AuditTrail audit;

    ReportArchiveController(GovernorReportRepository reports, AuditTrail audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping("/api/reports")
    List<Listed> archive() {
        return reports.findByStatusOrderByPeriodFromDesc("APPROVED").stream()
                .map(r -> new Listed(
                        r.getId(),
                        r.getPeriodKind(),
                        r.getPeriodFrom(),
                        r.getPeriodTo().minusDays(1),
                        r.getSummary(),
                        r.getApprovedAt(),
                        "/api/reports/" + r.getId() + ".pdf",
                        "/api/reports/" + r.getId() + ".xlsx"))
                .toList();
    }

    // not read-only: the download writes its audit row (a read-only transaction refuses the INSERT)
    @GetMapping("/api/reports/{id}.pdf")
    @Transactional
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        GovernorReport r = visible(id, user);
        audit.record(AuditAction.EXPORT, "laporan " + id, "unduh PDF laporan " + r.getStatus());
        return file(r.getPdf(), MediaType.APPLICATION_PDF, "laporan-" + id + ".pdf");
    }

    @GetMapping("/api/reports/{id}.xlsx")
    @Transactional
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        GovernorReport r = visible(id, user);
        audit.record(AuditAction.EXPORT, "laporan " + id, "unduh XLSX laporan " + r.getStatus());
        return file(
                r.getXlsx(),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "laporan-" + id + ".xlsx");
    }

    private GovernorReport visible(long id, StaffUser user) {
        return reports.findById(id)
                .filter(r ->
                        "APPROVED".equals(r.getStatus()) || (user != null && user.hasAnyRole("DISKOMINFO", "ADMIN")))
                .orElseThrow(() -> new NotFoundException("Tidak ada laporan " + id));
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
