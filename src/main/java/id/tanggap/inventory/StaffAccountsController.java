package id.tanggap.inventory;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The self-service form ({@code /inventaris/akun}) and its API for staff adding their accounts. */
@Controller
@PreAuthorize("hasAnyRole('OPD', 'DISKOMINFO', 'SUPERVISOR', 'ADMIN')")
class StaffAccountsController {

    record NewAccount(String platform, String handle) {}

    private final StaffAccounts accounts;
    private final AuditTrail audit;

    StaffAccountsController(StaffAccounts accounts, AuditTrail audit) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @PostMapping("/api/inventory/{staffId}/accounts")
    @ResponseBody
    ResponseEntity<List<String>> add(
            @PathVariable String staffId, @RequestBody NewAccount body, @AuthenticationPrincipal StaffUser user) {
        accounts.add(staffId, body.platform(), body.handle(), user);
        audit.record(AuditAction.ACCOUNT_CHANGED, "staf:" + staffId.strip(), "akun media sosial staf ditambahkan");
        return ResponseEntity.status(201).body(accounts.accountsOf(staffId));
    }

    @GetMapping("/inventaris/akun")
    String form(Model model) {
        model.addAttribute("platforms", StaffAccounts.PLATFORM_NAMES);
        return "inventory/accounts";
    }

    /** The form's labels for the service's field names. */
    private static final Map<String, String> LABELS =
            Map.of("staffId", "NIP / nomor THL", "platform", "Platform", "handle", "Nama akun");

    @PostMapping("/inventaris/akun")
    String submit(
            @RequestParam(required = false) String staffId,
            @RequestParam(required = false) String platform,
            @RequestParam(required = false) String handle,
            @AuthenticationPrincipal StaffUser user,
            HttpServletResponse response,
            Model model) {
        try {
            if (staffId == null || staffId.isBlank()) {
                throw InvalidInputException.of("staffId", "wajib diisi");
            }
            accounts.add(staffId, platform, handle, user);
            audit.record(AuditAction.ACCOUNT_CHANGED, "staf:" + staffId.strip(), "akun media sosial staf ditambahkan");
            model.addAttribute("saved", accounts.accountsOf(staffId.trim()));
            model.addAttribute("staffId", staffId);
            return form(model);
        } catch (InvalidInputException e) {
            refused(
                    e.problems().stream()
                            .map(p -> LABELS.getOrDefault(p.field(), p.field()) + ": " + p.message())
                            .distinct()
                            .toList(),
                    staffId,
                    platform,
                    handle,
                    response,
                    model);
        } catch (NotFoundException e) {
            refused(List.of(e.getMessage()), staffId, platform, handle, response, model);
        }
        return form(model);
    }

    /** Bad input: 400, the problems in Indonesian, and everything typed (and the platform chosen) kept. */
    private static void refused(
            List<String> errors,
            String staffId,
            String platform,
            String handle,
            HttpServletResponse response,
            Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors);
        model.addAttribute("staffId", staffId);
        model.addAttribute(
                "platform", platform == null ? null : platform.strip().toUpperCase(Locale.ROOT));
        model.addAttribute("handle", handle);
    }
}
