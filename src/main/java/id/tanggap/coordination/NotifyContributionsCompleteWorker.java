package id.tanggap.coordination;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.notification.Mailer;
import id.tanggap.routing.Opds;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code notifyContributionsComplete}: every supporting OPD has contributed; the lead OPD is told by
 * e-mail, with the contributions, that the joint follow-up can now be put together.
 */
@Component
public class NotifyContributionsCompleteWorker {

    public record Line(String opd, String contribution, String evidenceUrl) {}

    private final CaseUpdates cases;
    private final Opds opds;
    private final Mailer mailer;
    private final TanggapProperties properties;

    NotifyContributionsCompleteWorker(CaseUpdates cases, Opds opds, Mailer mailer, TanggapProperties properties) {
        this.cases = cases;
        this.opds = opds;
        this.mailer = mailer;
        this.properties = properties;
    }

    @JobWorker(type = "notifyContributionsComplete")
    public void notifyContributionsComplete(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String opdCode,
            @Variable List<Map<String, Object>> contributions) {
        Complaint c = cases.load(complaintId);
        String to = opds.emailOf(opdCode)
                .orElseThrow(() -> new IllegalStateException("no e-mail address for OPD " + opdCode));
        List<Line> lines = new ArrayList<>();
        for (Map<String, Object> entry : contributions) {
            String code = String.valueOf(entry.get("opd"));
            Object evidence = entry.get("evidenceUrl");
            lines.add(new Line(
                    opds.nameOf(code),
                    String.valueOf(entry.get("contribution")),
                    evidence == null ? null : String.valueOf(evidence)));
        }
        mailer.sendOnce(
                "notifyContributionsComplete:" + job.getElementInstanceKey(),
                c.getId(),
                to,
                "[Tanggap] Semua kontribusi OPD pendukung untuk aduan " + c.getTicket() + " sudah masuk",
                "coordination-complete",
                Map.of(
                        "opd",
                        opds.nameOf(opdCode),
                        "ticket",
                        c.getTicket(),
                        "contributions",
                        lines,
                        "trackingUrl",
                        properties.trackingUrl(c.getTicket())));
    }
}
