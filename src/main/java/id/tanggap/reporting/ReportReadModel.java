package id.tanggap.reporting;

import id.tanggap.routing.Categories;
import id.tanggap.routing.Opds;
import id.tanggap.shared.TanggapProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * All the SQL of reporting, in one place, so that the dashboard, the Governor's PDF and the workbook show the same
 * figures: the period's figures (SQL aggregation and window functions, never by loading the cases), the chart series,
 * the open cases on the map and the overdue list. The period is [from, to) in the region's time zone.
 *
 * <p>One definition of late, {@link #LATE}, for every figure: a case is late when its response or resolution deadline
 * passed before it was met (met after it, or still not met at the reference instant, the end of the period); it is on
 * time when it was responded to and no deadline of it is late.
 */
@Component
class ReportReadModel {

    private static final String IN_PERIOD =
            " FROM complaint c WHERE c.created_at >= ? AND c.created_at < ? AND c.duplicate_of_id IS NULL";

    /** A case still being handled (not closed, forwarded, a hoax, resolved, nor joined to another). */
    static final String OPEN =
            "(c.status NOT IN ('DITUTUP', 'DITERUSKAN', 'HOAKS', 'SELESAI') AND c.duplicate_of_id IS NULL)";

    /** Late: a deadline met after it, or not met by the reference instant {@code :ref} while the case is open. */
    static final String LATE = "((c.response_due_at IS NOT NULL AND ((c.first_response_at IS NOT NULL AND"
            + " c.first_response_at > c.response_due_at) OR (c.first_response_at IS NULL AND " + OPEN
            + " AND c.response_due_at < :ref))) OR (c.resolution_due_at IS NOT NULL AND ((c.resolved_at IS NOT NULL AND"
            + " c.resolved_at > c.resolution_due_at) OR (c.resolved_at IS NULL AND " + OPEN
            + " AND c.resolution_due_at < :ref))))";

    /** On time: responded to, with a deadline, and late by no deadline. */
    static final String ON_TIME =
            "(c.first_response_at IS NOT NULL AND c.response_due_at IS NOT NULL AND NOT " + LATE + ")";

    /** Runs the queries of one report at the same time. */
    private static final Executor QUERIES = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * At most this many report queries at once in this instance, whatever the number of reports and dashboards being
     * read: the rest of the connection pool stays free for the doors and the workers.
     */
    private static final Semaphore QUERY_LANES = new Semaphore(4);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Opds opds;
    private final Categories categories;
    private final TanggapProperties properties;

    ReportReadModel(JdbcTemplate jdbc, Opds opds, Categories categories, TanggapProperties properties) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.opds = opds;
        this.categories = categories;
        this.properties = properties;
    }

    ReportFigures compile(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(properties.zone()).toInstant());
        Timestamp end = Timestamp.from(to.atStartOfDay(properties.zone()).toInstant());
        Map<String, String> names = opds.names();

        // the month's queries are independent: they run at the same time, each on its own connection, so a
        // report takes about as long as its slowest query and not the sum (README "Benchmark")
        var medianResponse = async(() -> medians(
                "TIMESTAMPDIFF(MINUTE, c.created_at, c.first_response_at)",
                "c.first_response_at IS NOT NULL",
                start,
                end));
        var medianResolution = async(() -> medians(
                "TIMESTAMPDIFF(MINUTE, c.created_at, c.resolved_at) / 60.0", "c.resolved_at IS NOT NULL", start, end));
        var escalations = async(() -> {
            Map<String, int[]> out = new HashMap<>();
            jdbc.query(
                    "SELECT COALESCE(c.opd_code, '-') opd, e.level, COUNT(*) n FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id "
                            + "WHERE c.created_at >= ? AND c.created_at < ? AND e.kind = 'FIRST_RESPONSE' GROUP BY COALESCE(c.opd_code, '-'), e.level",
                    rs -> {
                        int level = rs.getInt("level");
                        if (level >= 1 && level <= 3) {
                            out.computeIfAbsent(rs.getString("opd"), k -> new int[3])[level - 1] = rs.getInt("n");
                        }
                    },
                    start,
                    end);
            return out;
        });
        var crossSector = async(() -> {
            Map<String, Integer> out = new HashMap<>();
            jdbc.query(
                    "SELECT COALESCE(c.opd_code, '-') opd, COUNT(DISTINCT k.complaint_id) n FROM coordination_contribution k "
                            + "JOIN complaint c ON c.id = k.complaint_id WHERE c.created_at >= ? AND c.created_at < ? GROUP BY COALESCE(c.opd_code, '-')",
                    rs -> {
                        out.put(rs.getString("opd"), rs.getInt("n"));
                    },
                    start,
                    end);
            return out;
        });
        var rows = async(() -> named.query(
                "SELECT COALESCE(c.opd_code, '-') opd, COUNT(*) received,"
                        + " SUM(CASE WHEN c.status <> 'DITERIMA' THEN 1 ELSE 0 END) verified,"
                        + " SUM(CASE WHEN c.first_response_at IS NOT NULL THEN 1 ELSE 0 END) responded,"
                        + " SUM(CASE WHEN " + ON_TIME + " THEN 1 ELSE 0 END) in_sla,"
                        + " SUM(CASE WHEN c.resolved_at IS NOT NULL THEN 1 ELSE 0 END) resolved,"
                        + " SUM(CASE WHEN " + LATE + " THEN 1 ELSE 0 END) overdue,"
                        + " SUM(CASE WHEN c.reopen_count > 0 THEN 1 ELSE 0 END) reopened, AVG(c.rating) rating"
                        + " FROM complaint c WHERE c.created_at >= :start AND c.created_at < :end AND c.duplicate_of_id IS NULL"
                        + " GROUP BY COALESCE(c.opd_code, '-') ORDER BY opd",
                Map.of("ref", end, "start", start, "end", end),
                (rs, i) -> {
                    double rating = rs.getDouble("rating");
                    boolean noRating = rs.wasNull();
                    return new OpdRow(
                            rs.getString("opd"),
                            rs.getInt("received"),
                            rs.getInt("verified"),
                            rs.getInt("responded"),
                            rs.getInt("in_sla"),
                            rs.getInt("resolved"),
                            rs.getInt("overdue"),
                            rs.getInt("reopened"),
                            noRating ? null : rating);
                }));
        var byChannel = async(() -> counts("c.channel", start, end));
        var byCategory = async(() -> counts("c.category_code", start, end));
        var overdue = async(() -> named.queryForList(
                "SELECT c.ticket FROM complaint c WHERE c.created_at >= :start AND c.created_at < :end"
                        + " AND c.duplicate_of_id IS NULL AND " + LATE
                        + " ORDER BY COALESCE(c.response_due_at, c.resolution_due_at), c.ticket LIMIT 200",
                Map.of("ref", end, "start", start, "end", end),
                String.class));
        var compliance = async(() -> jdbc.queryForMap(
                "SELECT COUNT(*) n, COALESCE(SUM(CASE WHEN compliant THEN 1 ELSE 0 END), 0) ok "
                        + "FROM compliance_check WHERE check_date >= ? AND check_date < ? AND connected",
                from,
                to));
        var campaigns = async(() -> campaigns(start, end));
        var accounts = async(() -> accountCompliance(from, to, names));

        List<ReportFigures.OpdFigures> perOpd = new ArrayList<>();
        int[] totals = new int[5];
        for (OpdRow r : done(rows)) {
            int[] esc = done(escalations).getOrDefault(r.opd(), new int[3]);
            perOpd.add(new ReportFigures.OpdFigures(
                    r.opd(),
                    names.getOrDefault(r.opd(), "Belum didisposisikan"),
                    r.received(),
                    r.verified(),
                    r.responded(),
                    r.inSla(),
                    done(medianResponse).get(r.opd()),
                    done(medianResolution).get(r.opd()),
                    r.resolved(),
                    r.overdue(),
                    esc[0],
                    esc[1],
                    esc[2],
                    done(crossSector).getOrDefault(r.opd(), 0),
                    r.reopened(),
                    r.rating()));
            totals[0] += r.received();
            totals[1] += r.responded();
            totals[2] += r.inSla();
            totals[3] += r.resolved();
            totals[4] += r.overdue();
        }
        Map<String, Object> checks = done(compliance);
        return new ReportFigures(
                from,
                to,
                totals[0],
                totals[1],
                totals[2],
                totals[3],
                totals[4],
                perOpd,
                done(byChannel),
                done(byCategory),
                done(overdue),
                ((Number) checks.get("n")).intValue(),
                ((Number) checks.get("ok")).intValue(),
                done(campaigns),
                done(accounts));
    }

    /** One OPD's row of the month's main query. */
    private record OpdRow(
            String opd,
            int received,
            int verified,
            int responded,
            int inSla,
            int resolved,
            int overdue,
            int reopened,
            Double rating) {}

    /** The query's result, or its own exception (not wrapped), as if it had run in this thread. */
    static <T> T done(CompletableFuture<T> query) {
        try {
            return query.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** A query of the report on a virtual thread (its own pooled connection); a failure surfaces where it is joined. */
    static <T> CompletableFuture<T> async(Supplier<T> query) {
        return CompletableFuture.supplyAsync(
                () -> {
                    QUERY_LANES.acquireUninterruptibly();
                    try {
                        return query.get();
                    } finally {
                        QUERY_LANES.release();
                    }
                },
                QUERIES);
    }

    /** The daily account checks per OPD in [from, to): a day an account was not connected is not judged. */
    private List<ReportFigures.AccountCompliance> accountCompliance(
            LocalDate from, LocalDate to, Map<String, String> names) {
        return jdbc.query(
                "SELECT a.opd_code, COUNT(DISTINCT a.id) accounts,"
                        + " COUNT(DISTINCT CASE WHEN NOT c.connected THEN a.id END) not_connected,"
                        + " SUM(CASE WHEN c.connected THEN 1 ELSE 0 END) judged,"
                        + " SUM(CASE WHEN c.connected AND c.compliant THEN 1 ELSE 0 END) ok"
                        + " FROM compliance_check c JOIN official_account a ON a.id = c.account_id"
                        + " WHERE c.check_date >= ? AND c.check_date < ? GROUP BY a.opd_code ORDER BY a.opd_code",
                (rs, i) -> new ReportFigures.AccountCompliance(
                        rs.getString("opd_code"),
                        names.getOrDefault(rs.getString("opd_code"), rs.getString("opd_code")),
                        rs.getInt("accounts"),
                        rs.getInt("not_connected"),
                        rs.getInt("judged"),
                        rs.getInt("ok")),
                from,
                to);
    }

    /** Campaigns evaluated in the period, as their evaluation stored them (information-campaign.bpmn). */
    private List<ReportFigures.CampaignResult> campaigns(Timestamp start, Timestamp end) {
        Map<Long, List<ReportFigures.OpdParticipation>> perOpd = new HashMap<>();
        jdbc.query(
                "SELECT r.* FROM campaign_opd_result r JOIN campaign c ON c.id = r.campaign_id WHERE c.evaluated_at >= ? AND c.evaluated_at < ? "
                        + "ORDER BY r.participation_rate DESC, r.opd_code",
                rs -> {
                    perOpd.computeIfAbsent(rs.getLong("campaign_id"), k -> new ArrayList<>())
                            .add(new ReportFigures.OpdParticipation(
                                    rs.getString("opd_code"),
                                    rs.getInt("targeted"),
                                    rs.getInt("participated"),
                                    rs.getInt("shares"),
                                    rs.getDouble("participation_rate"),
                                    rs.getString("verdict")));
                },
                start,
                end);
        return jdbc.query(
                "SELECT * FROM campaign WHERE evaluated_at >= ? AND evaluated_at < ? ORDER BY evaluated_at, id",
                (rs, i) -> new ReportFigures.CampaignResult(
                        rs.getString("programme"),
                        rs.getTimestamp("window_end")
                                .toInstant()
                                .atZone(properties.zone())
                                .toLocalDate(),
                        rs.getInt("targeted"),
                        rs.getInt("participated"),
                        rs.getInt("shares"),
                        rs.getDouble("participation_rate"),
                        rs.getInt("expected_participation"),
                        rs.getString("verdict"),
                        perOpd.getOrDefault(rs.getLong("id"), List.of())),
                start,
                end);
    }

    /** Medians per OPD by window functions: the middle row (or the mean of the two middle rows) of each OPD's ordered values. */
    private Map<String, Double> medians(String value, String filter, Timestamp start, Timestamp end) {
        Map<String, Double> out = new HashMap<>();
        jdbc.query(
                "SELECT opd, AVG(v) m FROM (SELECT COALESCE(c.opd_code, '-') opd, " + value + " v,"
                        + " ROW_NUMBER() OVER (PARTITION BY COALESCE(c.opd_code, '-') ORDER BY " + value + ") rn,"
                        + " COUNT(*) OVER (PARTITION BY COALESCE(c.opd_code, '-')) n"
                        + IN_PERIOD + " AND " + filter
                        + ") t WHERE rn = FLOOR((n + 1) / 2) OR rn = FLOOR((n + 2) / 2) GROUP BY opd",
                rs -> {
                    out.put(rs.getString("opd"), rs.getDouble("m"));
                },
                start,
                end);
        return out;
    }

    private Map<String, Integer> counts(String column, Timestamp start, Timestamp end) {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.query(
                "SELECT " + column + " k, COUNT(*) n" + IN_PERIOD + " GROUP BY " + column + " ORDER BY n DESC, k",
                rs -> {
                    out.put(rs.getString("k"), rs.getInt("n"));
                },
                start,
                end);
        return out;
    }

    /** A labelled count (a bar of a chart, a row of its table). */
    record Count(String label, long value) {}

    /** A week of the trend: cases received in it and, of those, the late ones. */
    record Week(LocalDate monday, long received, long late) {}

    /** An OPD's on-time rate by {@link #ON_TIME} and {@link #LATE}; {@code percent} is null when nothing was measured. */
    record OnTime(String opdCode, String opdName, long onTime, long late, Double percent) {}

    /** An open case with a place, for the map: {@code late} by {@link #LATE}. */
    record OpenCase(String ticket, double lat, double lon, String categoryName, String opdName, boolean late) {}

    /** A deadline passed and not met: which one (response, resolution or coordination), when, and whose. */
    record Overdue(String ticket, String deadline, Instant dueAt, String opdName, String categoryName) {}

    /** The chart series of a dashboard or report: all SQL, by name, for the province or one OPD. */
    record Charts(
            List<Week> trend,
            List<OnTime> onTime,
            List<Count> backlogByAge,
            List<Count> byCategory,
            List<Count> byRegion,
            long overdueTotal) {}

    static final List<String> AGE_LABELS = List.of("< 1 hari", "1-3 hari", "3-7 hari", "> 7 hari");

    /**
     * The series of the period [from, to) for the province ({@code opd} null) or one OPD. The trend shows the 8 weeks
     * before the end; backlog and overdue count every case open at the end, also those opened before the period.
     */
    Charts charts(LocalDate from, LocalDate to, String opd) {
        Timestamp start = ts(from);
        Timestamp end = ts(to);
        String and = opd == null ? "" : " AND c.opd_code = :opd";
        Map<String, Object> p = new HashMap<>();
        p.put("start", start);
        p.put("end", end);
        p.put("ref", end);
        p.put("opd", opd);

        List<Week> trend = new ArrayList<>();
        LocalDate firstMonday = to.minusDays(1)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .minusWeeks(7);
        Map<String, Object> tp = new HashMap<>(p);
        tp.put("from8", ts(firstMonday));
        Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            weeks.put(firstMonday.plusWeeks(i), new long[2]);
        }
        // counted by week in SQL (the region's weeks are 168 hours from its Monday midnights): one row per week
        // reaches the application, not one per case
        named.query(
                "SELECT w, COUNT(*) n, SUM(late) late FROM (SELECT FLOOR(TIMESTAMPDIFF(HOUR, :from8, c.created_at) / 168.0) w,"
                        + " CASE WHEN " + LATE + " THEN 1 ELSE 0 END late FROM complaint c"
                        + " WHERE c.created_at >= :from8 AND c.created_at < :end AND c.duplicate_of_id IS NULL" + and
                        + ") t GROUP BY w",
                tp,
                rs -> {
                    long[] w = weeks.get(firstMonday.plusWeeks(rs.getInt("w")));
                    if (w != null) {
                        w[0] += rs.getLong("n");
                        w[1] += rs.getLong("late");
                    }
                });
        weeks.forEach((monday, w) -> trend.add(new Week(monday, w[0], w[1])));

        Map<String, String> names = opds.names();
        List<OnTime> onTime = new ArrayList<>();
        named.query(
                "SELECT c.opd_code opd, SUM(CASE WHEN " + ON_TIME + " THEN 1 ELSE 0 END) on_time,"
                        + " SUM(CASE WHEN " + LATE + " THEN 1 ELSE 0 END) late FROM complaint c"
                        + " WHERE c.created_at >= :start AND c.created_at < :end AND c.duplicate_of_id IS NULL"
                        + " AND c.opd_code IS NOT NULL" + and + " GROUP BY c.opd_code",
                p,
                rs -> {
                    long ok = rs.getLong("on_time");
                    long late = rs.getLong("late");
                    String code = rs.getString("opd");
                    onTime.add(new OnTime(
                            code,
                            names.getOrDefault(code, code),
                            ok,
                            late,
                            ok + late == 0 ? null : 100.0 * ok / (ok + late)));
                });
        onTime.sort(java.util.Comparator.comparing((OnTime o) -> o.percent() == null ? -1 : o.percent())
                .reversed()
                .thenComparing(OnTime::opdName));

        // counted by age band in SQL: one row per band reaches the application, not one per open case
        long[] ages = new long[4];
        named.query(
                "SELECT band, COUNT(*) n FROM (SELECT CASE WHEN TIMESTAMPDIFF(HOUR, c.created_at, :ref) < 24 THEN 0"
                        + " WHEN TIMESTAMPDIFF(HOUR, c.created_at, :ref) < 72 THEN 1"
                        + " WHEN TIMESTAMPDIFF(HOUR, c.created_at, :ref) < 168 THEN 2 ELSE 3 END band"
                        + " FROM complaint c WHERE c.created_at < :end AND " + OPEN + and + ") t GROUP BY band",
                p,
                rs -> {
                    ages[rs.getInt("band")] = rs.getLong("n");
                });
        List<Count> backlog = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            backlog.add(new Count(AGE_LABELS.get(i), ages[i]));
        }

        List<Count> byCategory = named.query(
                "SELECT COALESCE(k.name, c.category_code) k, COUNT(*) n FROM complaint c"
                        + " LEFT JOIN complaint_category k ON k.code = c.category_code"
                        + " WHERE c.created_at >= :start AND c.created_at < :end AND c.duplicate_of_id IS NULL" + and
                        + " GROUP BY COALESCE(k.name, c.category_code) ORDER BY n DESC, k",
                p,
                (rs, i) -> new Count(rs.getString("k"), rs.getLong("n")));
        List<Count> byRegion = named.query(
                "SELECT c.region k, COUNT(*) n FROM complaint c"
                        + " WHERE c.created_at >= :start AND c.created_at < :end AND c.duplicate_of_id IS NULL" + and
                        + " GROUP BY c.region ORDER BY n DESC, k",
                p,
                (rs, i) -> new Count(regionName(rs.getString("k")), rs.getLong("n")));
        // counted on the columns of ix_complaint_open only: no row is read
        Long overdue = named.queryForObject(
                "SELECT COUNT(*) FROM (" + overdueUnion("SELECT c.id, ", and) + ") o", p, Long.class);
        return new Charts(trend, onTime, backlog, byCategory, byRegion, overdue == null ? 0 : overdue);
    }

    /** The open cases with coordinates (at most 2000, the most overdue first), for the map. */
    List<OpenCase> openCases(LocalDate to, String opd) {
        Map<String, Object> p = new HashMap<>();
        p.put("end", ts(to));
        p.put("ref", ts(to));
        p.put("opd", opd);
        Map<String, String> names = opds.names();
        return named.query(
                "SELECT c.ticket, c.latitude, c.longitude, COALESCE(k.name, c.category_code) category, c.opd_code,"
                        + " CASE WHEN " + LATE + " THEN 1 ELSE 0 END late FROM complaint c"
                        + " LEFT JOIN complaint_category k ON k.code = c.category_code"
                        + " WHERE c.created_at < :end AND " + OPEN
                        + " AND c.latitude IS NOT NULL AND c.longitude IS NOT NULL"
                        + (opd == null ? "" : " AND c.opd_code = :opd")
                        + " ORDER BY late DESC, c.created_at LIMIT 2000",
                p,
                (rs, i) -> new OpenCase(
                        rs.getString("ticket"),
                        rs.getDouble("latitude"),
                        rs.getDouble("longitude"),
                        rs.getString("category"),
                        rs.getString("opd_code") == null
                                ? "Belum didisposisikan"
                                : names.getOrDefault(rs.getString("opd_code"), rs.getString("opd_code")),
                        rs.getInt("late") == 1));
    }

    /**
     * One page of the open cases whose response, resolution or coordination deadline passed by the end of the period (opened at any
     * time), the longest overdue first. A case late on both deadlines is listed once per deadline.
     */
    List<Overdue> overdue(LocalDate to, String opd, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        p.put("end", ts(to));
        p.put("ref", ts(to));
        p.put("opd", opd);
        p.put("size", size);
        p.put("skip", page * size);
        Map<String, String> names = opds.names();
        return named.query(
                "SELECT o.* FROM ("
                        + overdueUnion(
                                "SELECT c.ticket, c.opd_code, c.category_code, ",
                                opd == null ? "" : " AND c.opd_code = :opd")
                        + ") o ORDER BY o.due_at, o.ticket, o.deadline LIMIT :size OFFSET :skip",
                p,
                (rs, i) -> new Overdue(
                        rs.getString("ticket"),
                        rs.getString("deadline"),
                        rs.getTimestamp("due_at").toInstant(),
                        rs.getString("opd_code") == null
                                ? "Belum didisposisikan"
                                : names.getOrDefault(rs.getString("opd_code"), rs.getString("opd_code")),
                        categories.nameOf(rs.getString("category_code"))));
    }

    /**
     * Open cases past a deadline at :ref, one row per deadline passed: the first response, the resolution, and the
     * shared deadline of a cross-sector coordination whose joint follow-up is still missing (the case is still
     * coordinating). {@code select} opens each part's column list.
     */
    private static String overdueUnion(String select, String and) {
        return select + "'Tanggapan' deadline, c.response_due_at due_at FROM complaint c WHERE c.created_at < :end AND "
                + OPEN + " AND c.first_response_at IS NULL AND c.response_due_at < :ref" + and
                + " UNION ALL " + select + "'Penyelesaian' deadline, c.resolution_due_at due_at FROM complaint c"
                + " WHERE c.created_at < :end AND " + OPEN + " AND c.resolved_at IS NULL AND c.resolution_due_at < :ref"
                + and
                + " UNION ALL " + select + "'Koordinasi' deadline, c.coordination_due_at due_at FROM complaint c"
                + " WHERE c.created_at < :end AND " + OPEN + " AND c.status = 'KOORDINASI'"
                + " AND c.coordination_due_at < :ref" + and;
    }

    /** KOTA_MATARAM → "Kota Mataram", KAB_LOMBOK_TIMUR → "Kabupaten Lombok Timur"; none → "Tidak diketahui". */
    static String regionName(String code) {
        if (code == null || code.isBlank()) {
            return "Tidak diketahui";
        }
        StringBuilder out = new StringBuilder();
        for (String word : code.trim().split("[_\\s]+")) {
            String w = word.equalsIgnoreCase("KAB")
                    ? "Kabupaten"
                    : word.substring(0, 1).toUpperCase(Locale.ROOT)
                            + word.substring(1).toLowerCase(Locale.ROOT);
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }

    /** Open cases of the period still waiting for a first response, per escalation level 1-3. */
    Map<Integer, Long> waitingPerEscalationLevel(LocalDate from, LocalDate to, String opd) {
        Map<Integer, Long> out = new LinkedHashMap<>();
        for (int level = 1; level <= 3; level++) {
            out.put(level, 0L);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("start", ts(from));
        p.put("end", ts(to));
        p.put("opd", opd);
        named.query(
                "SELECT c.escalation_level k, COUNT(*) n FROM complaint c WHERE c.created_at >= :start AND c.created_at < :end"
                        + " AND c.first_response_at IS NULL AND c.escalation_level > 0 AND " + OPEN
                        + (opd == null ? "" : " AND c.opd_code = :opd") + " GROUP BY c.escalation_level",
                p,
                rs -> {
                    out.put(rs.getInt("k"), rs.getLong("n"));
                });
        return out;
    }

    private Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(properties.zone()).toInstant());
    }
}
