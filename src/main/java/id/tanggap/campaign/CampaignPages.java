package id.tanggap.campaign;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.routing.Opds;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.Role;
import id.tanggap.shared.StaffUser;
import id.tanggap.shared.TanggapProperties;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /kampanye}: the campaigns with their participation, and Diskominfo's form for a new one
 * (times in the region's zone); {@code /kampanye/{id}}: one campaign per OPD and per person, within
 * the user's reach.
 */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'OPD', 'OPD_HEAD', 'SUPERVISOR', 'ADMIN')")
class CampaignPages {

    private final Campaigns campaigns;
    private final Opds opds;
    private final TanggapProperties properties;
    private final AuditTrail audit;

    CampaignPages(Campaigns campaigns, Opds opds, TanggapProperties properties, AuditTrail audit) {
        this.audit = audit;
        this.campaigns = campaigns;
        this.opds = opds;
        this.properties = properties;
    }

    @GetMapping("/kampanye")
    String list(Model model, @AuthenticationPrincipal StaffUser user) {
        model.addAttribute("campaigns", campaigns.latest(50));
        model.addAttribute("opds", opds.all());
        model.addAttribute("canCreate", user.hasAnyRole(Role.DISKOMINFO, Role.ADMIN));
        model.addAttribute("zone", properties.zone());
        return "campaign/list";
    }

    private static final java.util.Map<String, String> LABELS = java.util.Map.of(
            "programme", "Program atau kegiatan",
            "contentUrl", "Tautan konten",
            "targetOpds", "OPD sasaran",
            "startsAt", "Mulai",
            "endsAt", "Selesai",
            "expectedParticipation", "Partisipasi yang diharapkan");

    @PostMapping("/kampanye")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
    String create(
            @RequestParam String programme,
            @RequestParam String contentUrl,
            @RequestParam(required = false) List<String> targetOpds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
            @RequestParam(required = false) Integer expectedParticipation,
            @AuthenticationPrincipal StaffUser user,
            Model model) {
        try {
            Campaigns.Created created = campaigns.create(
                    new Campaigns.NewCampaign(
                            programme,
                            contentUrl,
                            targetOpds,
                            startsAt == null
                                    ? null
                                    : startsAt.atZone(properties.zone()).toInstant(),
                            endsAt == null
                                    ? null
                                    : endsAt.atZone(properties.zone()).toInstant(),
                            expectedParticipation),
                    user.username());
            return "redirect:/kampanye/" + created.campaign().getId();
        } catch (InvalidInputException e) {
            // the form's own Indonesian labels, and everything typed kept (issue 19)
            model.addAttribute(
                    "errors",
                    e.problems().stream()
                            .map(p -> LABELS.getOrDefault(p.field(), p.field()) + ": "
                                    + p.message().replace("startsAt", "waktu mulai"))
                            .distinct()
                            .toList());
            model.addAttribute("programme", programme);
            model.addAttribute("contentUrl", contentUrl);
            model.addAttribute("chosenOpds", targetOpds == null ? List.of() : targetOpds);
            model.addAttribute("startsAt", startsAt);
            model.addAttribute("endsAt", endsAt);
            model.addAttribute("expectedParticipation", expectedParticipation);
            return list(model, user);
        }
    }

    @GetMapping("/kampanye/{id}")
    String detail(@PathVariable long id, Model model, @AuthenticationPrincipal StaffUser user) {
        String only = user.opdScope();
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("targetOpds", campaigns.targetOpds(id));
        model.addAttribute(
                "results",
                campaigns.opdResults(id).stream()
                        .filter(r -> only == null || r.opdCode().equals(only))
                        .toList());
        var participants = campaigns.participants(id, only);
        audit.record(AuditAction.STAFF_INVENTORY_READ, "kampanye:" + id, "peserta ASN/THL: " + participants.size());
        model.addAttribute("participants", participants);
        model.addAttribute("shares", campaigns.shares(id, only));
        model.addAttribute("zone", properties.zone());
        return "campaign/detail";
    }
}
