package id.tanggap.reporting;

import id.tanggap.routing.Opds;
import id.tanggap.shared.TanggapProperties;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compiles a period's figures with SQL aggregation (grouping and window functions), never by
 * loading the cases: per OPD, per channel, per category, the overdue tickets, and the officials'
 * account compliance. The period is [from, to) in the region's time zone.
 */
@Component
public class ReportCompiler {

    private static final String IN_PERIOD =
            " FROM complaint c WHERE c.created_at >= ? AND c.created_at < ? AND c.duplicate_of_id IS NULL";

    private final JdbcTemplate jdbc;
    private final Opds opds;
    private final TanggapProperties properties;

    ReportCompiler(JdbcTemplate jdbc, Opds opds, TanggapProperties properties) {
        this.jdbc = jdbc;
        this.opds = opds;
        this.properties = properties;
    }

    public ReportFigures compile(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(properties.zone()).toInstant());
        Timestamp end = Timestamp.from(to.atStartOfDay(properties.zone()).toInstant());
        Map<String, String> names = opds.names();

        Map<String, Double> medianResponse = medians(
                "TIMESTAMPDIFF(MINUTE, c.created_at, c.first_response_at)",
                "c.first_response_at IS NOT NULL",
                start,
                end);
        Map<String, Double> medianResolution = medians(
                "TIMESTAMPDIFF(MINUTE, c.created_at, c.resolved_at) / 60.0", "c.resolved_at IS NOT NULL", start, end);
        Map<String, int[]> escalations = new HashMap<>();
        jdbc.query(
                "SELECT COALESCE(c.opd_code, '-') opd, e.level, COUNT(*) n FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id "
                        + "WHERE c.created_at >= ? AND c.created_at < ? AND e.kind = 'FIRST_RESPONSE' GROUP BY COALESCE(c.opd_code, '-'), e.level",
                rs -> {
                    int level = rs.getInt("level");
                    if (level >= 1 && level <= 3) {
                        escalations.computeIfAbsent(rs.getString("opd"), k -> new int[3])[level - 1] = rs.getInt("n");
                    }
                },
                start,
                end);
        Map<String, Integer> crossSector = new HashMap<>();
        jdbc.query(
                "SELECT COALESCE(c.opd_code, '-') opd, COUNT(DISTINCT k.complaint_id) n FROM coordination_contribution k "
                        + "JOIN complaint c ON c.id = k.complaint_id WHERE c.created_at >= ? AND c.created_at < ? GROUP BY COALESCE(c.opd_code, '-')",
                rs -> {
                    crossSector.put(rs.getString("opd"), rs.getInt("n"));
                },
                start,
                end);

        List<ReportFigures.OpdFigures> perOpd = new ArrayList<>();
        int[] totals = new int[5];
        jdbc.query(
                "SELECT COALESCE(c.opd_code, '-') opd, COUNT(*) received,"
                        + " SUM(CASE WHEN c.status <> 'DITERIMA' THEN 1 ELSE 0 END) verified,"
                        + " SUM(CASE WHEN c.first_response_at IS NOT NULL THEN 1 ELSE 0 END) responded,"
                        + " SUM(CASE WHEN c.first_response_at IS NOT NULL AND c.first_response_at <= c.response_due_at THEN 1 ELSE 0 END) in_sla,"
                        + " SUM(CASE WHEN c.resolved_at IS NOT NULL THEN 1 ELSE 0 END) resolved,"
                        + " SUM(CASE WHEN c.first_response_at IS NULL AND c.response_due_at IS NOT NULL AND c.response_due_at < ? THEN 1 ELSE 0 END) overdue,"
                        + " SUM(CASE WHEN c.reopen_count > 0 THEN 1 ELSE 0 END) reopened, AVG(c.rating) rating"
                        + IN_PERIOD + " GROUP BY COALESCE(c.opd_code, '-') ORDER BY opd",
                rs -> {
                    String opd = rs.getString("opd");
                    int[] esc = escalations.getOrDefault(opd, new int[3]);
                    double rating = rs.getDouble("rating");
                    perOpd.add(new ReportFigures.OpdFigures(
                            opd,
                            names.getOrDefault(opd, "Belum didisposisikan"),
                            rs.getInt("received"),
                            rs.getInt("verified"),
                            rs.getInt("responded"),
                            rs.getInt("in_sla"),
                            medianResponse.get(opd),
                            medianResolution.get(opd),
                            rs.getInt("resolved"),
                            rs.getInt("overdue"),
                            esc[0],
                            esc[1],
                            esc[2],
                            crossSector.getOrDefault(opd, 0),
                            rs.getInt("reopened"),
                            rs.wasNull() ? null : rating));
                    totals[0] += rs.getInt("received");
                    totals[1] += rs.getInt("responded");
                    totals[2] += rs.getInt("in_sla");
                    totals[3] += rs.getInt("resolved");
                    totals[4] += rs.getInt("overdue");
                },
                end,
                start,
                end);

        Map<String, Integer> byChannel = counts("c.channel", start, end);
        Map<String, Integer> byCategory = counts("c.category_code", start, end);
        List<String> overdue = jdbc.queryForList(
                "SELECT c.ticket" + IN_PERIOD
                        + " AND c.first_response_at IS NULL AND c.response_due_at IS NOT NULL AND c.response_due_at < ? ORDER BY c.response_due_at LIMIT 200",
                String.class,
                start,
                end,
                end);
        Map<String, Object> compliance = jdbc.queryForMap(
                "SELECT COUNT(*) n, COALESCE(SUM(CASE WHEN compliant THEN 1 ELSE 0 END), 0) ok "
                        + "FROM compliance_check WHERE check_date >= ? AND check_date < ?",
                from,
                to);
        return new ReportFigures(
                from,
                to,
                totals[0],
                totals[1],
                totals[2],
                totals[3],
                totals[4],
                perOpd,
                byChannel,
                byCategory,
                overdue,
                ((Number) compliance.get("n")).intValue(),
                ((Number) compliance.get("ok")).intValue(),
                campaigns(start, end));
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
}
