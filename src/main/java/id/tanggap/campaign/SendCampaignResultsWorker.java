package id.tanggap.campaign;

import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.OpdInfo;
import id.tanggap.routing.Opds;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code sendCampaignResults}: e-mails each targeted OPD's head (the echelon II official, else the
 * OPD's address) the OPD's participation, its verdict, who has not shared and Diskominfo's note;
 * once per OPD.
 */
@Component
public class SendCampaignResultsWorker {

    public record SendResult(int opdsInformed) {}

    private final Campaigns campaigns;
    private final Opds opds;
    private final Officials officials;
    private final Mailer mailer;

    SendCampaignResultsWorker(Campaigns campaigns, Opds opds, Officials officials, Mailer mailer) {
        this.campaigns = campaigns;
        this.opds = opds;
        this.officials = officials;
        this.mailer = mailer;
    }

    @JobWorker(type = "sendCampaignResults")
    public SendResult sendCampaignResults(@Variable long campaignId) {
        Campaign c = campaigns.get(campaignId);
        int sent = 0;
        for (Campaigns.OpdResult r : campaigns.opdResults(campaignId)) {
            OpdInfo opd = opds.find(r.opdCode()).orElseThrow();
            Official head = officials.headOf(r.opdCode()).orElse(null);
            String to = head != null ? head.getEmail() : opd.email();
            if (to == null || to.isBlank()) {
                continue;
            }
            List<String> notShared = campaigns.participants(campaignId, r.opdCode()).stream()
                    .filter(p -> p.shares() == 0)
                    .map(p -> p.name() + " (" + p.staffId() + ")")
                    .toList();
            Map<String, Object> model = new HashMap<>();
            model.put("headName", head != null ? head.getName() : "Kepala " + opd.name());
            model.put("opdName", opd.name());
            model.put("programme", c.getProgramme());
            model.put("result", r);
            model.put("expected", c.getExpectedParticipation());
            model.put("notShared", notShared);
            model.put("note", c.getEvaluationNote() == null ? "" : c.getEvaluationNote());
            mailer.sendOnce(
                    "campaign-results:" + campaignId + ":" + r.opdCode(),
                    null,
                    to,
                    "[Tanggap] Hasil kampanye " + c.getProgramme() + ": " + opd.shortName() + " " + r.verdict(),
                    "campaign-results",
                    model);
            sent++;
        }
        return new SendResult(sent);
    }
}
