package id.tanggap.campaign;

import id.tanggap.campaign.CampaignRounds.Round;
import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** {@code remindCampaignStaff}: e-mails every targeted staff member who has not shared yet, at most once. */
@Component
public class RemindCampaignStaffWorker {

    public record RemindResult(int reminded) {}

    private final CampaignRounds rounds;
    private final CampaignMails mails;

    RemindCampaignStaffWorker(CampaignRounds rounds, CampaignMails mails) {
        this.rounds = rounds;
        this.mails = mails;
    }

    @JobWorker(type = "remindCampaignStaff")
    public RemindResult remindCampaignStaff(@Variable long campaignId, @Variable String remindedAt) {
        Instant at = ProcessDates.parse(remindedAt);
        Campaign campaign = rounds.note(campaignId, c -> c.reminded(at));
        return new RemindResult(
                rounds.send(campaign, Round.REMINDER, at, mails::remind).mailed());
    }
}
