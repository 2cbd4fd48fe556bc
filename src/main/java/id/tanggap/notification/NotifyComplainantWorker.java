package id.tanggap.notification;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code notifyComplainant}: tells the complainant the case is resolved, with the tracking link and
 * the code to rate the result. Reporters who left an e-mail address get an e-mail; the others read
 * it on the tracking page (the social-media reply adapters come with the channel intake).
 * Element template notify-complainant: {@code mailTemplate} complainant-resolved (default: the resolution and
 * the rating code) or complainant-notice (the process owner's {@code mailSubject} as headline and
 * {@code mailMessage} as note, for any other step); another template is the BPMN error MAIL_TEMPLATE_UNKNOWN.
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
            ActivatedJob job,
            @Variable long complaintId,
            @Variable(optional = true) String autoCloseLabel,
            @Variable(optional = true) String mailTemplate,
            @Variable(optional = true) String mailSubject,
            @Variable(optional = true) String mailMessage) {
        String template = template(mailTemplate);
        Complaint c = cases.load(complaintId);
        if ("complainant-notice".equals(template)) {
            return notice(job, c, mailSubject, mailMessage);
        }
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
                            Objects.toString(c.getLatestPublicReplyUrl(), ""),
                            "ratingUrl",
                            ratingUrl,
                            "code",
                            c.getConfirmationCode(),
                            "autoClose",
                            Objects.toString(autoCloseLabel, "")));
            return new ComplainantNotified("EMAIL");
        }
        log.info(
                "case {}: the complainant reads the resolution on the tracking page (no e-mail address)",
                c.getTicket());
        return new ComplainantNotified("TRACKING_PAGE");
    }

    static String template(String requested) {
        if (requested == null || requested.isBlank()) {
            return "complainant-resolved";
        }
        if (!Set.of("complainant-resolved", "complainant-notice").contains(requested.trim())) {
            throw CamundaError.bpmnError(
                    CaseNotice.UNKNOWN_TEMPLATE,
                    "e-mail template " + requested + " is not one the complainant may be sent");
        }
        return requested.trim();
    }

    /** A process owner's own notice: headline and note, the tracking link; nothing about the reporter. */
    private ComplainantNotified notice(ActivatedJob job, Complaint c, String subject, String message) {
        if (c.isAnonymous() || !Contacts.isEmail(c.getReporterContact())) {
            return new ComplainantNotified("TRACKING_PAGE");
        }
        String headline = subject == null || subject.isBlank()
                ? "Ada kabar terbaru tentang aduan Anda " + c.getTicket() + "."
                : subject.trim();
        Map<String, Object> model = new HashMap<>();
        model.put("ticket", c.getTicket());
        model.put("headline", headline);
        model.put("note", message == null || message.isBlank() ? null : message.trim());
        model.put("answerUrl", null);
        model.put("ratingUrl", null);
        model.put("code", c.getConfirmationCode());
        model.put("trackingUrl", properties.trackingUrl(c.getTicket()));
        mailer.sendOnce(
                "notifyComplainant:" + job.getElementInstanceKey(),
                c.getId(),
                c.getReporterContact(),
                "[Tanggap] Aduan " + c.getTicket() + ": " + headline,
                "complainant-notice",
                model);
        return new ComplainantNotified("EMAIL");
    }
}
