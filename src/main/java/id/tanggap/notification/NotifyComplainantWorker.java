package id.tanggap.notification;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code notifyComplainant}: tells the complainant the case is resolved, with the tracking link and
 * the code to rate the result. Reporters who left an e-mail address get an e-mail; the others read
 * it on the tracking page (the social-media reply adapters come with the channel intake).
 */
@Component
public class NotifyComplainantWorker {

    public record ComplainantNotified(String notifiedBy) {}

    private static final Logger log = LoggerFactory.getLogger(NotifyComplainantWorker.class);

    private final CaseUpdates cases;
    private final Mailer mailer;
    private final TanggapProperties properties;

    NotifyComplainantWorker(CaseUpdates cases, Mailer mailer, TanggapProperties properties) {
        this.cases = cases;
        this.mailer = mailer;
        this.properties = properties;
    }

    @JobWorker(type = "notifyComplainant")
    public ComplainantNotified notifyComplainant(
            ActivatedJob job, @Variable long complaintId, @Variable String autoCloseLabel) {
        Complaint c = cases.load(complaintId);
        String ratingUrl = properties.trackingUrl(c.getTicket()) + "?kode=" + c.getConfirmationCode();
        if (!c.isAnonymous() && Contacts.isEmail(c.getReporterContact())) {
            mailer.sendOnce(
                    "notifyComplainant:" + job.getElementInstanceKey(),
                    c.getId(),
                    c.getReporterContact(),
                    "[Tanggap] Aduan " + c.getTicket() + " telah ditindaklanjuti",
                    "complainant-resolved",
                    Map.of(
                            "ticket",
                            c.getTicket(),
                            "resolution",
                            c.getResolutionText(),
                            "publicReplyUrl",
                            java.util.Objects.toString(c.getLatestPublicReplyUrl(), ""),
                            "ratingUrl",
                            ratingUrl,
                            "code",
                            c.getConfirmationCode(),
                            "autoClose",
                            autoCloseLabel));
            return new ComplainantNotified("EMAIL");
        }
        log.info(
                "case {}: the complainant reads the resolution on the tracking page (no e-mail address)",
                c.getTicket());
        return new ComplainantNotified("TRACKING_PAGE");
    }
}
