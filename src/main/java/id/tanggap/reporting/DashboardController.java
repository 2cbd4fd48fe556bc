package id.tanggap.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.routing.Opds;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import id.tanggap.shared.TanggapProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' dashboard: headline figures, the OPD league table, the charts (the same PNG images the Governor's
 * report prints, each with its table), cases waiting at each escalation level, a map of the open cases coloured by
 * lateness and the complete, paged list of overdue cases linking to the staff view of each case; filtered by period and
 * OPD. All figures come from {@link ReportReadModel}. A head of OPD sees the dashboard of their own OPD only: the cases
 * it handles, so never the Inspectorate's cases about its own officials.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'DISKOMINFO', 'ADMIN', 'OPD_HEAD')")
class DashboardController {

    static final int OVERDUE_PAGE = 50;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    record Period(LocalDate from, LocalDate to, String opd) {}

    private final ReportCompiler compiler;
    private final ReportReadModel readModel;
    private final ReportCharts charts;
    private final DrawnCharts drawn;
    private final Opds opds;
    private final Clock clock;
    private final TanggapProperties properties;
    private final ObjectMapper json;
    private final String tileUrl;

    DashboardController(
            ReportCompiler compiler,
            ReportReadModel readModel,
            ReportCharts charts,
            DrawnCharts drawn,
            Opds opds,
            Clock clock,
            TanggapProperties properties,
            ObjectMapper json,
            @Value("${tanggap.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl) {
        this.compiler = compiler;
        this.readModel = readModel;
        this.charts = charts;
        this.drawn = drawn;
        this.opds = opds;
        this.clock = clock;
        this.properties = properties;
        this.json = json;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/dashboard")
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String opd,
            @RequestParam(name = "halaman", defaultValue = "1") int page,
            @AuthenticationPrincipal StaffUser user,
            Model model)
            throws JsonProcessingException {
        Period p = period(from, to, opd, user);
        int current = Math.max(1, page);
        // the page's parts are read at the same time (each on its own connection): the page takes about as long as
        // its slowest part (README "Benchmark": the dashboard at 1,000,000 complaints)
        var chartsSoon = ReportReadModel.async(() -> readModel.charts(p.from(), p.to(), p.opd()));
        var overdueSoon = ReportReadModel.async(() -> readModel.overdue(p.to(), p.opd(), current - 1, OVERDUE_PAGE));
        var escalatedSoon = ReportReadModel.async(() -> readModel.waitingPerEscalationLevel(p.from(), p.to(), p.opd()));
        var mapSoon = ReportReadModel.async(() -> readModel.openCases(p.to(), p.opd()));
        ReportFigures f = compiler.compile(p.from(), p.to());
        List<ReportFigures.OpdFigures> league = f.opds().stream()
                .filter(o -> !o.opdCode().equals("-"))
                .filter(o -> p.opd() == null || o.opdCode().equals(p.opd()))
                .sorted(java.util.Comparator.comparingDouble(ReportFigures.OpdFigures::slaPercent)
                        .reversed()
                        .thenComparing(ReportFigures.OpdFigures::opdName))
                .toList();
        ReportReadModel.Charts c = ReportReadModel.done(chartsSoon);
        drawn.drawn(p, c);
        List<ReportReadModel.Overdue> overdue = ReportReadModel.done(overdueSoon);
        long pages = Math.max(1, (c.overdueTotal() + OVERDUE_PAGE - 1) / OVERDUE_PAGE);

        model.addAttribute("from", p.from());
        model.addAttribute("to", p.to());
        model.addAttribute("opd", p.opd());
        model.addAttribute(
                "opds",
                opds.all().stream().filter(o -> user.mayReadFiguresOf(o.code())).toList());
        model.addAttribute("figures", p.opd() == null ? f : onlyOpd(f, p.opd()));
        model.addAttribute("league", league);
        model.addAttribute("charts", c);
        model.addAttribute("chartNames", ReportCharts.NAMES);
        model.addAttribute("escalated", ReportReadModel.done(escalatedSoon));
        model.addAttribute("overdue", overdue);
        model.addAttribute("overduePage", current);
        model.addAttribute("overduePages", pages);
        model.addAttribute("overdueFirst", (long) (current - 1) * OVERDUE_PAGE + 1);
        model.addAttribute("query", query(p));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute(
                "mapCases",
                json.writeValueAsString(ReportReadModel.done(mapSoon).stream()
                        .map(o -> Map.of(
                                "t", o.ticket(),
                                "lat", o.lat(),
                                "lon", o.lon(),
                                "k", o.categoryName(),
                                "o", o.opdName(),
                                "late", o.late()))
                        .toList()));
        return "reporting/dashboard";
    }

    /**
     * A chart of the dashboard as PNG, drawn from the same figures as the page's tables and the report PDF: those the
     * page was drawn from when it was loaded in the last minute ({@link DrawnCharts}).
     */
    @GetMapping("/dashboard/grafik/{name}.png")
    ResponseEntity<byte[]> chart(
            @PathVariable String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String opd,
            @AuthenticationPrincipal StaffUser user) {
        if (!ReportCharts.KNOWN.contains(name)) {
            throw new NotFoundException("no chart " + name);
        }
        Period p = period(from, to, opd, user);
        ReportReadModel.Charts figures = drawn.forImage(p, () -> readModel.charts(p.from(), p.to(), p.opd()));
        byte[] png = charts.png(name, figures, 800, 420);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(png);
    }

    private Period period(LocalDate from, LocalDate to, String opd, StaffUser user) {
        checkRange("from", from);
        checkRange("to", to);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        LocalDate end = to == null ? today.plusDays(1) : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        String opdFilter = opd == null || opd.isBlank() ? user.opdScope() : opd;
        if (!user.mayReadFiguresOf(opdFilter)) {
            throw new AccessDeniedException(
                    "figures of " + (opdFilter == null ? "the province" : opdFilter) + " are outside the user's reach");
        }
        return new Period(start, end, opdFilter);
    }

    private static String query(Period p) {
        return "from=" + p.from() + "&to=" + p.to() + (p.opd() == null ? "" : "&opd=" + p.opd());
    }

    /** ISO dates reach year ±999999999, where date arithmetic and SQL fail; the dashboard covers this century. */
    private static void checkRange(String field, LocalDate day) {
        if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LATEST))) {
            throw InvalidInputException.of(field, "tanggal harus antara " + EARLIEST + " dan " + LATEST);
        }
    }

    /** The headline figures of one OPD instead of the province's, so that a filtered dashboard shows nothing of the others. */
    private static ReportFigures onlyOpd(ReportFigures f, String opd) {
        ReportFigures.OpdFigures o = f.opds().stream()
                .filter(x -> x.opdCode().equals(opd))
                .findFirst()
                .orElse(null);
        List<ReportFigures.CampaignResult> campaigns = f.campaigns().stream()
                .map(c -> new ReportFigures.CampaignResult(
                        c.programme(),
                        c.ended(),
                        c.targeted(),
                        c.participated(),
                        c.shares(),
                        c.participationRate(),
                        c.expectedParticipation(),
                        c.verdict(),
                        c.opds().stream().filter(p -> p.opdCode().equals(opd)).toList()))
                .filter(c -> !c.opds().isEmpty())
                .toList();
        return o == null
                ? new ReportFigures(
                        f.from(), f.to(), 0, 0, 0, 0, 0, List.of(), Map.of(), Map.of(), List.of(), 0, 0, campaigns,
                        List.of())
                : new ReportFigures(
                        f.from(),
                        f.to(),
                        o.received(),
                        o.responded(),
                        o.respondedWithinSla(),
                        o.resolved(),
                        o.overdue(),
                        List.of(o),
                        Map.of(),
                        Map.of(),
                        List.of(),
                        0,
                        0,
                        campaigns,
                        List.of());
    }
}
