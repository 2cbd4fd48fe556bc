package id.tanggap.campaign;

import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code recordCampaignEvaluation}: stores what the decisions judged (each OPD, each person by their
 * share profile, the campaign as a whole) in one transaction, replacing an earlier attempt, and
 * hands Diskominfo's review a summary.
 */
@Component
public class RecordCampaignEvaluationWorker {

    public record EvaluationResult(String evaluationSummary, double participationRate) {}

    private final CampaignRepository campaigns;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    RecordCampaignEvaluationWorker(CampaignRepository campaigns, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @JobWorker(type = "recordCampaignEvaluation")
    public EvaluationResult recordCampaignEvaluation(
            @Variable long campaignId,
            @Variable List<Map<String, Object>> opdVerdicts,
            @Variable List<Map<String, Object>> participantVerdicts,
            @Variable Map<String, Object> totalFigures,
            @Variable String campaignVerdict,
            @Variable String evaluatedAt) {
        Instant at = ProcessDates.parse(evaluatedAt);
        Campaign c = tx.execute(s -> {
            jdbc.update("DELETE FROM campaign_opd_result WHERE campaign_id = ?", campaignId);
            for (Map<String, Object> o : opdVerdicts) {
                jdbc.update(
                        "INSERT INTO campaign_opd_result (campaign_id, opd_code, targeted, participated, shares, participation_rate, verdict) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        campaignId,
                        o.get("opdCode"),
                        num(o, "targeted"),
                        num(o, "participated"),
                        num(o, "shares"),
                        BigDecimal.valueOf(((Number) o.get("participationRate")).doubleValue()),
                        o.get("verdict"));
            }
            for (Map<String, Object> p : participantVerdicts) {
                jdbc.update(
                        "UPDATE campaign_participant SET verdict = ? WHERE campaign_id = ? AND shares = ? AND before_reminder = ?",
                        p.get("verdict"),
                        campaignId,
                        num(p, "shares"),
                        Boolean.TRUE.equals(p.get("sharedBeforeReminder")));
            }
            Campaign campaign = campaigns
                    .findById(campaignId)
                    .orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
            campaign.evaluated(
                    at,
                    num(totalFigures, "targeted"),
                    num(totalFigures, "participated"),
                    num(totalFigures, "shares"),
                    BigDecimal.valueOf(((Number) totalFigures.get("participationRate")).doubleValue()),
                    campaignVerdict);
            return campaign;
        });
        return new EvaluationResult(
                summary(c, opdVerdicts), c.getParticipationRate().doubleValue());
    }

    private String summary(Campaign c, List<Map<String, Object>> opdVerdicts) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "**%s** (%s)%n%nSasaran %d pegawai, berbagi %d (%s%%), target %d%%: **%s**. Jumlah unggahan: %d.%n%n",
                c.getProgramme(),
                c.getContentUrl(),
                c.getTargeted(),
                c.getParticipated(),
                pct(c.getParticipationRate().doubleValue()),
                c.getExpectedParticipation(),
                c.getVerdict(),
                c.getShares()));
        for (Map<String, Object> o : opdVerdicts) {
            s.append(String.format(
                    Locale.ROOT,
                    "- %s: %d dari %d pegawai berbagi (%s%%), %s%n",
                    o.get("opdCode"),
                    num(o, "participated"),
                    num(o, "targeted"),
                    pct(((Number) o.get("participationRate")).doubleValue()),
                    o.get("verdict")));
        }
        Map<String, Integer> people = new TreeMap<>();
        jdbc.query(
                "SELECT verdict, COUNT(*) n FROM campaign_participant WHERE campaign_id = ? GROUP BY verdict",
                rs -> {
                    people.put(rs.getString(1) == null ? "-" : rs.getString(1), rs.getInt(2));
                },
                c.getId());
        s.append("\nPegawai: ");
        people.forEach((k, v) -> s.append(k).append(' ').append(v).append("; "));
        return s.toString().trim();
    }

    private static String pct(double v) {
        return String.format(IndonesianDates.INDONESIAN, "%.1f", v);
    }

    private static int num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? 0 : ((Number) v).intValue();
    }
}
