package id.tanggap.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail rounds of a campaign (invitation, reminder): the campaign notes the round, then each
 * participant the round is for is e-mailed and marked, so a repeated job marks nobody twice.
 */
@Component
class CampaignRounds {

    /** Which participants a round is for and where it marks them. */
    enum Round {
        INVITATION("invited_at", ""),
        REMINDER(
                "reminded_at",
                " AND NOT EXISTS (SELECT 1 FROM campaign_share s WHERE s.campaign_id = p.campaign_id"
                        + " AND s.staff_id = p.staff_id)");

        private final String markColumn;
        private final String onlyThose;

        Round(String markColumn, String onlyThose) {
            this.markColumn = markColumn;
            this.onlyThose = onlyThose;
        }
    }

    /** One e-mail of a round; false when the person has no address. */
    interface Mail {
        boolean send(Campaign campaign, String staffId, String storedName, String storedEmail);
    }

    /** @param participants those the round was for; mailed: those with an address, who got it */
    record Sent(int participants, int mailed) {}

    private final CampaignRepository campaigns;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    CampaignRounds(CampaignRepository campaigns, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Loads the campaign and applies the round's change to it in one transaction. */
    Campaign note(long campaignId, Consumer<Campaign> change) {
        return tx.execute(s -> {
            Campaign campaign = campaigns
                    .findById(campaignId)
                    .orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
            change.accept(campaign);
            return campaign;
        });
    }

    /** Fixes the targeted staff (the inventory of the target OPDs, or of all OPDs); a second call adds none twice. */
    void enrolTargets(Campaign campaign) {
        jdbc.update(
                "INSERT INTO campaign_participant (campaign_id, staff_id, opd_code, shares) SELECT ?, m.staff_id, m.opd_code, 0 "
                        + "FROM staff_member m WHERE (? = 1 OR m.opd_code IN (SELECT t.opd_code FROM campaign_target_opd t WHERE t.campaign_id = ?)) "
                        + "AND NOT EXISTS (SELECT 1 FROM campaign_participant p WHERE p.campaign_id = ? AND p.staff_id = m.staff_id)",
                campaign.getId(),
                campaign.isTargetAll() ? 1 : 0,
                campaign.getId(),
                campaign.getId());
    }

    /** E-mails each participant the round is for and marks those mailed with the round's time. */
    Sent send(Campaign campaign, Round round, Instant at, Mail mail) {
        long campaignId = campaign.getId();
        int[] counts = new int[2];
        jdbc.query(
                "SELECT p.staff_id, m.name, m.email FROM campaign_participant p JOIN staff_member m ON m.staff_id = p.staff_id "
                        + "WHERE p.campaign_id = ?" + round.onlyThose + " ORDER BY p.staff_id",
                rs -> {
                    counts[0]++;
                    if (mail.send(campaign, rs.getString("staff_id"), rs.getString("name"), rs.getString("email"))) {
                        counts[1]++;
                        jdbc.update(
                                "UPDATE campaign_participant SET " + round.markColumn
                                        + " = ? WHERE campaign_id = ? AND staff_id = ? AND " + round.markColumn
                                        + " IS NULL",
                                Timestamp.from(at),
                                campaignId,
                                rs.getString("staff_id"));
                    }
                },
                campaignId);
        return new Sent(counts[0], counts[1]);
    }
}
