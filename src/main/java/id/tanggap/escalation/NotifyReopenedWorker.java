package id.tanggap.escalation;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code notifyReopened}: the complainant rated the resolution low and the case is back with the
 * OPD; the official who handles it is told why, with the rating and the complainant's comment (the
 * resolve form shows them too). The comment is the complainant's words about the result, never who
 * they are.
 */
@Component
public class NotifyReopenedWorker {

    private final CaseUpdates cases;
    private final Officials officials;
    private final Opds opds;
    private final Mailer mailer;
    private final TanggapProperties properties;

    NotifyReopenedWorker(
            CaseUpdates cases, Officials officials, Opds opds, Mailer mailer, TanggapProperties properties) {
        this.cases = cases;
        this.officials = officials;
        this.opds = opds;
        this.mailer = mailer;
        this.properties = properties;
    }

    @JobWorker(type = "notifyReopened")
    public void notifyReopened(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable int rating,
            @Variable(optional = true) String ratingComment,
            @Variable(optional = true) String officialNip,
            @Variable(optional = true) String resolutionDueLabel) {
        Complaint c = cases.load(complaintId);
        Official official = officials
                .find(String.valueOf(officialNip))
                .orElseThrow(() -> new IllegalStateException("reopened case: no official with NIP " + officialNip));
        Map<String, Object> model = new HashMap<>();
        model.put("official", official);
        model.put("opd", opds.nameOf(c.getOpdCode()));
        model.put("ticket", c.getTicket());
        model.put("rating", rating);
        model.put("comment", ratingComment == null || ratingComment.isBlank() ? null : ratingComment.strip());
        model.put("resolution", c.getResolutionText());
        model.put("due", resolutionDueLabel);
        model.put("trackingUrl", properties.trackingUrl(c.getTicket()));
        mailer.sendOnce(
                "notifyReopened:" + job.getElementInstanceKey(),
                c.getId(),
                official.getEmail(),
                "[Tanggap] Aduan " + c.getTicket() + " dibuka kembali: pelapor memberi nilai " + rating + " dari 5",
                "case-reopened",
                model);
    }
}
