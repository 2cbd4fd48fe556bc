package id.tanggap.coordination;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code askContribution}: a supporting OPD is asked to contribute to the joint follow-up: an e-mail
 * to the OPD's address (else its head) with the case, the lead OPD and the shared coordination
 * deadline, beside the task in its Tasklist group. Once per OPD and coordination.
 */
@Component
public class AskContributionWorker {

    private final CaseUpdates cases;
    private final Opds opds;
    private final Officials officials;
    private final Mailer mailer;
    private final TanggapProperties properties;

    AskContributionWorker(
            CaseUpdates cases, Opds opds, Officials officials, Mailer mailer, TanggapProperties properties) {
        this.cases = cases;
        this.opds = opds;
        this.officials = officials;
        this.mailer = mailer;
        this.properties = properties;
    }

    @JobWorker(type = "askContribution")
    public Map<String, Object> askContribution(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String supportingOpd,
            @Variable String opdCode,
            @Variable String coordinationDueLabel) {
        Complaint c = cases.load(complaintId);
        String to = opds.emailOf(supportingOpd)
                .or(() -> officials.headOf(supportingOpd).map(o -> o.getEmail()))
                .orElseThrow(() -> new IllegalStateException("no e-mail address for OPD " + supportingOpd));
        mailer.sendOnce(
                "askContribution:" + job.getElementInstanceKey(),
                c.getId(),
                to,
                "[Tanggap] Permintaan kontribusi tindak lanjut bersama aduan " + c.getTicket(),
                "coordination-request",
                Map.of(
                        "opd",
                        opds.nameOf(supportingOpd),
                        "leadOpd",
                        opds.nameOf(opdCode),
                        "ticket",
                        c.getTicket(),
                        "text",
                        c.getBody(),
                        "deadline",
                        coordinationDueLabel,
                        "trackingUrl",
                        properties.trackingUrl(c.getTicket())));
        // the supporting OPD by name for its form and the lead's table of contributions (no codes on forms)
        return Map.of("supportingOpdName", opds.nameOf(supportingOpd));
    }
}
