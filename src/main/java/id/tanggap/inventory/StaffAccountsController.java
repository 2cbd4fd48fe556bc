package id.tanggap.inventory;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import java.util.List;
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
        model.addAttribute(
                "platforms", StaffAccounts.PLATFORMS.stream().sorted().toList());
        return "inventory/accounts";
    }

    @PostMapping("/inventaris/akun")
    String submit(
            @RequestParam String staffId,
            @RequestParam String platform,
            @RequestParam String handle,
            @AuthenticationPrincipal StaffUser user,
            Model model) {
        try {
            accounts.add(staffId, platform, handle, user);
            audit.record(AuditAction.ACCOUNT_CHANGED, "staf:" + staffId.strip(), "akun media sosial staf ditambahkan");
            model.addAttribute("saved", accounts.accountsOf(staffId.trim()));
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "errors",
                    e.problems().stream()
                            .map(p -> p.field() + ": " + p.message())
                            .toList());
        } catch (NotFoundException e) {
            model.addAttribute("errors", List.of(e.getMessage()));
        }
        model.addAttribute("staffId", staffId);
        return form(model);
    }
}
