package id.tanggap.reporting;

import id.tanggap.routing.Opds;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.StaffUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' dashboard: SLA league table of the OPDs, open backlog by age, weekly trend, cases
 * by category and by place, cases waiting at each escalation level, the overdue cases with links to
 * their timelines; filtered by period and OPD. All figures come from SQL aggregation. A head of OPD
 * sees the dashboard of their own OPD only: the cases it handles, so never the Inspectorate's cases
 * about its own officials.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'DISKOMINFO', 'ADMIN', 'OPD_HEAD')")
class DashboardController {

    record Bar(String label, long value, double percent) {}

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final String OPEN =
            " c.status NOT IN ('DITUTUP', 'DITERUSKAN', 'HOAKS', 'SELESAI') AND c.duplicate_of_id IS NULL";

    private final ReportCompiler compiler;
    private final JdbcTemplate jdbc;
    private final Opds opds;
    private final Clock clock;
    private final id.tanggap.shared.TanggapProperties properties;

    DashboardController(
            ReportCompiler compiler,
            JdbcTemplate jdbc,
            Opds opds,
            Clock clock,
            id.tanggap.shared.TanggapProperties properties) {
        this.compiler = compiler;
        this.jdbc = jdbc;
        this.opds = opds;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/dashboard")
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String opd,
            @AuthenticationPrincipal StaffUser user,
            Model model) {
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
        ReportFigures f = compiler.compile(start, end);
        List<ReportFigures.OpdFigures> league = f.opds().stream()
                .filter(o -> !o.opdCode().equals("-"))
                .filter(o -> opdFilter == null || o.opdCode().equals(opdFilter))
                .sorted(Comparator.comparingDouble(ReportFigures.OpdFigures::slaPercent)
                        .reversed()
                        .thenComparing(ReportFigures.OpdFigures::opdCode))
                .toList();
        Timestamp s = ts(start);
        Timestamp e = ts(end);
        String and = opdFilter == null ? "" : " AND c.opd_code = ?";
        Object[] args = opdFilter == null ? new Object[] {s, e} : new Object[] {s, e, opdFilter};

        Instant now = clock.instant();
        Map<String, Long> backlog = new LinkedHashMap<>();
        long[] edges = {0, 1, 3, 7, 36500};
        String[] labels = {"< 1 hari", "1-3 hari", "3-7 hari", "> 7 hari"};
        for (int i = 0; i < labels.length; i++) {
            Object[] a = opdFilter == null
                    ? new Object[] {
                        s, e, ts(now.minus(Duration.ofDays(edges[i + 1]))), ts(now.minus(Duration.ofDays(edges[i])))
                    }
                    : new Object[] {
                        s,
                        e,
                        ts(now.minus(Duration.ofDays(edges[i + 1]))),
                        ts(now.minus(Duration.ofDays(edges[i]))),
                        opdFilter
                    };
            backlog.put(
                    labels[i],
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM complaint c WHERE c.created_at >= ? AND c.created_at < ? AND" + OPEN
                                    + " AND c.created_at > ? AND c.created_at <= ?" + and,
                            Long.class,
                            a));
        }
        Map<String, Long> trend = new LinkedHashMap<>();
        for (LocalDate week = end.minusWeeks(8); week.isBefore(end); week = week.plusWeeks(1)) {
            Object[] a = opdFilter == null
                    ? new Object[] {ts(week), ts(week.plusWeeks(1))}
                    : new Object[] {ts(week), ts(week.plusWeeks(1)), opdFilter};
            trend.put(
                    week.toString(),
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM complaint c WHERE c.created_at >= ? AND c.created_at < ?"
                                    + " AND c.duplicate_of_id IS NULL" + and,
                            Long.class,
                            a));
        }
        Map<String, Long> places = new LinkedHashMap<>();
        jdbc.query(
                "SELECT COALESCE(c.region, 'Tidak diketahui') k, COUNT(*) n FROM complaint c WHERE c.created_at >= ? AND c.created_at < ?"
                        + " AND c.duplicate_of_id IS NULL" + and
                        + " GROUP BY COALESCE(c.region, 'Tidak diketahui') ORDER BY n DESC",
                rs -> {
                    places.put(rs.getString("k"), rs.getLong("n"));
                },
                args);
        Map<String, Long> categories = new LinkedHashMap<>();
        jdbc.query(
                "SELECT c.category_code k, COUNT(*) n FROM complaint c WHERE c.created_at >= ? AND c.created_at < ?"
                        + " AND c.duplicate_of_id IS NULL" + and + " GROUP BY c.category_code ORDER BY n DESC, k",
                rs -> {
                    categories.put(rs.getString("k"), rs.getLong("n"));
                },
                args);
        Map<Integer, Long> escalated = new LinkedHashMap<>();
        for (int level = 1; level <= 3; level++) {
            escalated.put(level, 0L);
        }
        jdbc.query(
                "SELECT c.escalation_level k, COUNT(*) n FROM complaint c WHERE c.created_at >= ? AND c.created_at < ? AND c.first_response_at IS NULL"
                        + " AND c.escalation_level > 0 AND" + OPEN + and + " GROUP BY c.escalation_level",
                rs -> {
                    escalated.put(rs.getInt("k"), rs.getLong("n"));
                },
                args);
        List<String> overdue = jdbc.queryForList(
                "SELECT c.ticket FROM complaint c WHERE c.created_at >= ? AND c.created_at < ? AND c.first_response_at IS NULL"
                        + " AND c.response_due_at IS NOT NULL AND c.response_due_at < ? AND" + OPEN + and
                        + " ORDER BY c.response_due_at LIMIT 50",
                // overdue as the report counts it: due before the end of the period
                String.class,
                opdFilter == null ? new Object[] {s, e, e} : new Object[] {s, e, e, opdFilter});

        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("opd", opdFilter);
        model.addAttribute(
                "opds",
                opds.all().stream().filter(o -> user.mayReadFiguresOf(o.code())).toList());
        model.addAttribute("figures", opdFilter == null ? f : onlyOpd(f, opdFilter));
        model.addAttribute("league", league);
        model.addAttribute("backlog", bars(backlog));
        model.addAttribute("trend", bars(trend));
        model.addAttribute("places", bars(places));
        model.addAttribute("categories", bars(categories));
        model.addAttribute("escalated", escalated);
        model.addAttribute("overdue", overdue);
        return "reporting/dashboard";
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
                        f.from(), f.to(), 0, 0, 0, 0, 0, List.of(), Map.of(), Map.of(), List.of(), 0, 0, campaigns)
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
                        campaigns);
    }

    private Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(properties.zone()).toInstant());
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static List<Bar> bars(Map<String, Long> values) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(new Bar(k, v, max == 0 ? 0 : 100.0 * v / max)));
        return out;
    }
}
