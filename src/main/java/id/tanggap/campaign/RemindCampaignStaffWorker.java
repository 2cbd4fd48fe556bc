package id.tanggap.campaign;

import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code remindCampaignStaff}: e-mails every targeted staff member who has not shared yet, at most once. */
@Component
public class RemindCampaignStaffWorker {

    public record RemindResult(int reminded) {}

    private final CampaignRepository campaigns;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CampaignMails mails;

    RemindCampaignStaffWorker(
            CampaignRepository campaigns, JdbcTemplate jdbc, TransactionTemplate tx, CampaignMails mails) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.tx = tx;
        this.mails = mails;
    }

    @JobWorker(type = "remindCampaignStaff")
    public RemindResult remindCampaignStaff(@Variable long campaignId, @Variable String remindedAt) {
        Instant at = ProcessDates.parse(remindedAt);
        Campaign c = tx.execute(s -> {
            Campaign campaign = campaigns
                    .findById(campaignId)
                    .orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
            campaign.reminded(at);
            return campaign;
        });
        int[] reminded = new int[1];
        jdbc.query(
                "SELECT p.staff_id, m.name, m.email FROM campaign_participant p JOIN staff_member m ON m.staff_id = p.staff_id "
                        + "WHERE p.campaign_id = ? AND NOT EXISTS (SELECT 1 FROM campaign_share s WHERE s.campaign_id = p.campaign_id "
                        + "AND s.staff_id = p.staff_id) ORDER BY p.staff_id",
                rs -> {
                    if (mails.remind(c, rs.getString("staff_id"), rs.getString("name"), rs.getString("email"))) {
                        reminded[0]++;
                        jdbc.update(
                                "UPDATE campaign_participant SET reminded_at = ? WHERE campaign_id = ? AND staff_id = ? AND reminded_at IS NULL",
                                Timestamp.from(at),
                                campaignId,
                                rs.getString("staff_id"));
                    }
                },
                campaignId);
        return new RemindResult(reminded[0]);
    }
}
