package id.tanggap.campaign;

import id.tanggap.campaign.CampaignRounds.Round;
import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code inviteCampaignStaff}: fixes the campaign's targeted staff (everyone in the inventory of the
 * target OPDs, or of all OPDs) once, then e-mails each of them who has an address, at most once,
 * with the content link and a personal link for reporting the share.
 */
@Component
public class InviteCampaignStaffWorker {

    public record InviteResult(int targeted, int invited, int withoutEmail) {}

    private final CampaignRounds rounds;
    private final CampaignMails mails;

    InviteCampaignStaffWorker(CampaignRounds rounds, CampaignMails mails) {
        this.rounds = rounds;
        this.mails = mails;
    }

    @JobWorker(type = "inviteCampaignStaff")
    public InviteResult inviteCampaignStaff(@Variable long campaignId, @Variable String invitedAt) {
        Instant at = ProcessDates.parse(invitedAt);
        Campaign campaign = rounds.note(campaignId, c -> {
            if (c.getInvitedAt() == null) {
                rounds.enrolTargets(c);
                c.invited(at);
            }
        });
        CampaignRounds.Sent sent = rounds.send(campaign, Round.INVITATION, at, mails::invite);
        return new InviteResult(sent.participants(), sent.mailed(), sent.participants() - sent.mailed());
    }
}
