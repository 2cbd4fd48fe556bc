package id.tanggap.registry;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of the registry: submit accounts, read their history, and the point-1 gaps per OPD. */
@RestController
@PreAuthorize("hasAnyRole('OPD', 'OPD_HEAD', 'DISKOMINFO', 'SUPERVISOR', 'ADMIN')")
class RegistryController {

    record Submitted(long accountId, String status) {}

    record Change(Instant at, String actor, String status, String note) {}

    record Gap(String nip, String name, String position, String echelon, List<String> missing) {}

    private final AccountRegistry registry;
    private final OfficialAccounts accounts;
    private final Officials officials;
    private final AuditTrail audit;

    RegistryController(AccountRegistry registry, OfficialAccounts accounts, Officials officials, AuditTrail audit) {
        this.audit = audit;
        this.registry = registry;
        this.accounts = accounts;
        this.officials = officials;
    }

    @PostMapping("/api/officials/{nip}/accounts")
    @PreAuthorize("hasAnyRole('OPD', 'DISKOMINFO', 'ADMIN')")
    ResponseEntity<Submitted> submit(
            @PathVariable String nip,
            @RequestBody AccountRegistry.Submission submission,
            @AuthenticationPrincipal StaffUser user) {
        OfficialAccount a = registry.submit(nip, submission, user);
        audit.record(AuditAction.ACCOUNT_CHANGED, "akun resmi " + a.getId(), "diajukan untuk pejabat " + nip);
        return ResponseEntity.created(URI.create("/api/official-accounts/" + a.getId() + "/history"))
                .body(new Submitted(a.getId(), a.getStatus()));
    }

    @GetMapping("/api/official-accounts/{id}/history")
    List<Change> history(@PathVariable long id) {
        accounts.find(id).orElseThrow(() -> new NotFoundException("Tidak ada akun " + id));
        return accounts.historyOf(id).stream()
                .map(h -> new Change(h.getChangedAt(), h.getActor(), h.getStatus(), h.getNote()))
                .toList();
    }

    /** Point 1: echelon II and III officials without a verified account on each required platform, per OPD. */
    @GetMapping("/api/officials/point-1-gaps")
    Map<String, List<Gap>> pointOneGaps(@RequestParam(required = false) String opd) {
        Map<String, Set<String>> verified = accounts.verifiedOfOfficials().stream()
                .collect(Collectors.groupingBy(
                        OfficialAccount::getOfficialNip,
                        Collectors.mapping(OfficialAccount::getPlatform, Collectors.toSet())));
        Map<String, List<Gap>> gaps = new LinkedHashMap<>();
        for (Official o : officials.ofEchelons(List.of("II", "III"))) {
            if (opd != null && !opd.equals(o.getOpdCode())) {
                continue;
            }
            List<String> missing = AccountRegistry.REQUIRED_PLATFORMS.stream()
                    .filter(p -> !verified.getOrDefault(o.getNip(), Set.of()).contains(p))
                    .toList();
            if (!missing.isEmpty()) {
                gaps.computeIfAbsent(o.getOpdCode(), k -> new java.util.ArrayList<>())
                        .add(new Gap(o.getNip(), o.getName(), o.getPositionTitle(), o.getEchelon(), missing));
            }
        }
        return gaps;
    }
}
