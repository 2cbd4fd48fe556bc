package id.tanggap.campaign;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.shared.StaffUser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/campaigns}: Diskominfo creates campaigns; staff views follow the user's reach (an OPD
 * user sees their own OPD's staff); shares are reported by URL, either by a logged-in user for
 * staff they may act for, or by the staff member with the token of their personal link.
 */
@RestController
class CampaignController {

    record ShareSubmission(String staffId, String url, String token) {}

    private final Campaigns campaigns;
    private final CampaignShares shares;
    private final ShareLinks links;
    private final AuditTrail audit;

    CampaignController(Campaigns campaigns, CampaignShares shares, ShareLinks links, AuditTrail audit) {
        this.audit = audit;
        this.campaigns = campaigns;
        this.shares = shares;
        this.links = links;
    }

    @PostMapping("/api/campaigns")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
    ResponseEntity<Map<String, Object>> create(
            @RequestBody Campaigns.NewCampaign body, @AuthenticationPrincipal StaffUser user) {
        Campaigns.Created created = campaigns.create(body, user.username());
        Map<String, Object> view = Campaigns.summaryOf(created.campaign());
        view.put("targetOpds", campaigns.targetOpds(created.campaign().getId()));
        return created.isNew()
                ? ResponseEntity.created(URI.create(
                                "/api/campaigns/" + created.campaign().getId()))
                        .body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/campaigns")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'OPD', 'OPD_HEAD', 'SUPERVISOR', 'ADMIN')")
    List<Map<String, Object>> list() {
        return campaigns.latest(50).stream().map(Campaigns::summaryOf).toList();
    }

    @GetMapping("/api/campaigns/{id}")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'OPD', 'OPD_HEAD', 'SUPERVISOR', 'ADMIN')")
    Map<String, Object> get(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        Campaign c = campaigns.get(id);
        String only = user.opdScope();
        Map<String, Object> view = Campaigns.summaryOf(c);
        view.put("targetOpds", campaigns.targetOpds(id));
        view.put(
                "opds",
                campaigns.opdResults(id).stream()
                        .filter(r -> only == null || r.opdCode().equals(only))
                        .toList());
        var participants = campaigns.participants(id, only);
        audit.record(AuditAction.STAFF_INVENTORY_READ, "kampanye:" + id, "peserta ASN/THL: " + participants.size());
        view.put("participants", participants);
        view.put("sharesList", campaigns.shares(id, only));
        return view;
    }

    @PostMapping("/api/campaigns/{id}/shares")
    ResponseEntity<CampaignShares.Counted> share(
            @PathVariable long id, @RequestBody ShareSubmission body, @AuthenticationPrincipal StaffUser user) {
        String staffId = body.staffId() == null ? "" : body.staffId().trim();
        String source;
        if (user == null) {
            if (!links.valid(id, staffId, body.token())) {
                throw new ShareRejected(
                        HttpStatus.FORBIDDEN, "bad-token", "Token tautan pribadi tidak cocok dengan pegawai ini");
            }
            source = "FORM";
        } else {
            String opd = shares.opdOfParticipant(id, staffId);
            // an unknown participant is answered by submit (404), but only to those who may act for someone
            if (!(opd == null ? user.mayActForOpd(user.opdCode()) : user.mayActForOpd(opd))) {
                throw new AccessDeniedException("staff of another OPD");
            }
            source = "API";
        }
        CampaignShares.Counted counted = shares.submit(id, staffId, body.url(), source);
        return ResponseEntity.status(counted.outcome() == CampaignShares.Outcome.COUNTED ? 201 : 200)
                .body(counted);
    }
}
