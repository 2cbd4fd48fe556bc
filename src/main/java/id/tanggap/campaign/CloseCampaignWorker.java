package id.tanggap.campaign;

import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code closeCampaign}: keeps Diskominfo's conclusion with the evaluation and closes the campaign. */
@Component
public class CloseCampaignWorker {

    public record CloseResult(String campaignStatus) {}

    private final CampaignRepository campaigns;
    private final TransactionTemplate tx;

    CloseCampaignWorker(CampaignRepository campaigns, TransactionTemplate tx) {
        this.campaigns = campaigns;
        this.tx = tx;
    }

    @JobWorker(type = "closeCampaign")
    public CloseResult closeCampaign(
            @Variable long campaignId, @Variable String evaluationNote, @Variable String closedAt) {
        return tx.execute(s -> {
            Campaign c = campaigns
                    .findById(campaignId)
                    .orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
            String note = evaluationNote == null ? "" : evaluationNote.trim();
            c.closed(ProcessDates.parse(closedAt), note.length() > 2000 ? note.substring(0, 2000) : note);
            return new CloseResult(c.getStatus().name());
        });
    }
}
