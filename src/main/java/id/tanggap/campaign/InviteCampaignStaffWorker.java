package id.tanggap.campaign;

import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code inviteCampaignStaff}: fixes the campaign's targeted staff (everyone in the inventory of the
 * target OPDs, or of all OPDs) once, then e-mails each of them who has an address, at most once,
 * with the content link and a personal link for reporting the share.
 */
@Component
public class InviteCampaignStaffWorker {

    public record InviteResult(int targeted, int invited, int withoutEmail) {}

    private final CampaignRepository campaigns;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CampaignMails mails;

    InviteCampaignStaffWorker(
            CampaignRepository campaigns, JdbcTemplate jdbc, TransactionTemplate tx, CampaignMails mails) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.tx = tx;
        this.mails = mails;
    }

    @JobWorker(type = "inviteCampaignStaff")
    public InviteResult inviteCampaignStaff(@Variable long campaignId, @Variable String invitedAt) {
        Instant at = ProcessDates.parse(invitedAt);
        Campaign c = tx.execute(s -> {
            Campaign campaign = campaigns
                    .findById(campaignId)
                    .orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
            if (campaign.getInvitedAt() == null) {
                jdbc.update(
                        "INSERT INTO campaign_participant (campaign_id, staff_id, opd_code, shares) SELECT ?, m.staff_id, m.opd_code, 0 "
                                + "FROM staff_member m WHERE (? = 1 OR m.opd_code IN (SELECT t.opd_code FROM campaign_target_opd t WHERE t.campaign_id = ?)) "
                                + "AND NOT EXISTS (SELECT 1 FROM campaign_participant p WHERE p.campaign_id = ? AND p.staff_id = m.staff_id)",
                        campaignId,
                        campaign.isTargetAll() ? 1 : 0,
                        campaignId,
                        campaignId);
                campaign.invited(at);
            }
            return campaign;
        });
        int[] counts = new int[3];
        jdbc.query(
                "SELECT p.staff_id, m.name, m.email FROM campaign_participant p JOIN staff_member m ON m.staff_id = p.staff_id "
                        + "WHERE p.campaign_id = ? ORDER BY p.staff_id",
                rs -> {
                    counts[0]++;
                    if (mails.invite(c, rs.getString("staff_id"), rs.getString("name"), rs.getString("email"))) {
                        counts[1]++;
                        jdbc.update(
                                "UPDATE campaign_participant SET invited_at = ? WHERE campaign_id = ? AND staff_id = ? AND invited_at IS NULL",
                                Timestamp.from(at),
                                campaignId,
                                rs.getString("staff_id"));
                    } else {
                        counts[2]++;
                    }
                },
                campaignId);
        return new InviteResult(counts[0], counts[1], counts[2]);
    }
}
