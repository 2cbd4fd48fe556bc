package id.tanggap.monitoring;

import id.tanggap.routing.Opds;
import id.tanggap.shared.StaffUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /pemantauan}: the results of the daily checks of official accounts over the last 30 days, per
 * official account and per OPD. The head of an OPD sees their own OPD only; Diskominfo, supervisors
 * and admins every OPD.
 */
@Controller
@PreAuthorize("hasAnyRole('OPD_HEAD', 'DISKOMINFO', 'SUPERVISOR', 'ADMIN')")
class MonitoringController {

    static final int DAYS = 30;

    private final MonitoringResults results;
    private final Opds opds;
    private final Clock clock;
    private final ZoneId zone;

    MonitoringController(
            MonitoringResults results, Opds opds, Clock clock, id.tanggap.shared.TanggapProperties properties) {
        this.results = results;
        this.opds = opds;
        this.clock = clock;
        this.zone = properties.zone();
    }

    @GetMapping("/pemantauan")
    String results(@RequestParam(required = false) String opd, @AuthenticationPrincipal StaffUser user, Model model) {
        String scope = opd == null || opd.isBlank() ? user.opdScope() : opd.trim();
        if (!user.mayReadFiguresOf(scope)) {
            throw new AccessDeniedException("figures of another OPD");
        }
        LocalDate to = LocalDate.now(clock.withZone(zone)).plusDays(1);
        LocalDate from = to.minusDays(DAYS);
        var rows = results.perAccount(scope, from, to);
        model.addAttribute("rows", rows);
        model.addAttribute("opdRows", results.perOpd(rows));
        model.addAttribute("from", from);
        model.addAttribute("to", to.minusDays(1));
        model.addAttribute("opd", scope);
        model.addAttribute("wholeProvince", user.seesWholeProvince());
        model.addAttribute("opds", opds.all());
        return "monitoring/results";
    }
}
