package id.tanggap.campaign;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code countCampaignShares}: per person, the shares and whether the first came before the
 * reminder; per OPD and in all, targeted, participating and shares. The DMN decisions of the
 * process judge these figures; the distinct share profiles keep that to a handful of evaluations
 * however many staff were targeted.
 */
@Component
public class CountCampaignSharesWorker {

    public record OpdFigure(String opdCode, int targeted, int participated, int shares, double participationRate) {}

    public record ShareProfile(int shares, boolean sharedBeforeReminder) {}

    public record CountResult(
            List<OpdFigure> opdFigures,
            OpdFigure totalFigures,
            List<ShareProfile> shareProfiles,
            int expectedParticipation) {}

    private final CampaignRepository campaigns;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    CountCampaignSharesWorker(CampaignRepository campaigns, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @JobWorker(type = "countCampaignShares")
    public CountResult countCampaignShares(@Variable long campaignId) {
        Campaign c = campaigns
                .findById(campaignId)
                .orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
        tx.executeWithoutResult(s -> jdbc.update(
                "UPDATE campaign_participant SET "
                        + "shares = (SELECT COUNT(*) FROM campaign_share s WHERE s.campaign_id = campaign_participant.campaign_id AND s.staff_id = campaign_participant.staff_id), "
                        + "first_share_at = (SELECT MIN(s.posted_at) FROM campaign_share s WHERE s.campaign_id = campaign_participant.campaign_id "
                        + "AND s.staff_id = campaign_participant.staff_id) WHERE campaign_id = ?",
                campaignId));
        if (c.getRemindedAt() == null) {
            jdbc.update(
                    "UPDATE campaign_participant SET before_reminder = CASE WHEN first_share_at IS NOT NULL THEN TRUE ELSE FALSE END "
                            + "WHERE campaign_id = ?",
                    campaignId);
        } else {
            jdbc.update(
                    "UPDATE campaign_participant SET before_reminder = CASE WHEN first_share_at IS NOT NULL AND first_share_at < ? "
                            + "THEN TRUE ELSE FALSE END WHERE campaign_id = ?",
                    java.sql.Timestamp.from(c.getRemindedAt()),
                    campaignId);
        }
        List<OpdFigure> opds = jdbc.query(
                "SELECT opd_code, COUNT(*) targeted, SUM(CASE WHEN shares > 0 THEN 1 ELSE 0 END) participated, "
                        + "SUM(shares) shares FROM campaign_participant WHERE campaign_id = ? GROUP BY opd_code ORDER BY opd_code",
                (rs, i) -> new OpdFigure(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        CampaignFigures.rate(rs.getInt(3), rs.getInt(2))),
                campaignId);
        int targeted = opds.stream().mapToInt(OpdFigure::targeted).sum();
        int participated = opds.stream().mapToInt(OpdFigure::participated).sum();
        OpdFigure total = new OpdFigure(
                "SEMUA",
                targeted,
                participated,
                opds.stream().mapToInt(OpdFigure::shares).sum(),
                CampaignFigures.rate(participated, targeted));
        List<ShareProfile> profiles = jdbc.query(
                "SELECT DISTINCT shares, before_reminder FROM campaign_participant WHERE campaign_id = ? "
                        + "ORDER BY shares, before_reminder",
                (rs, i) -> new ShareProfile(rs.getInt(1), rs.getBoolean(2)),
                campaignId);
        return new CountResult(opds, total, profiles, c.getExpectedParticipation());
    }
}
