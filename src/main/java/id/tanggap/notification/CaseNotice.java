package id.tanggap.notification;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.routing.Categories;
import id.tanggap.routing.Opds;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.ProcessDates;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.exception.CamundaError;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An e-mail about a case to an official or a position holder, in one of the templates a process owner may
 * choose in Modeler (element templates notify-official and notify-position): {@code official-new-complaint}
 * (the case waits for the addressee's answer) or {@code position-notice} (for information, with the process
 * owner's message). Both get the same model, so either template works for either step. The reporter's identity
 * is never in it.
 */
@Component
public class CaseNotice {

    /** The templates a process owner may name in {@code mailTemplate}; any other is the BPMN error below. */
    public static final Set<String> TEMPLATES = Set.of("official-new-complaint", "position-notice");

    public static final String UNKNOWN_TEMPLATE = "MAIL_TEMPLATE_UNKNOWN";

    /** Who the e-mail is addressed to; the OPD name is "-" for a province-wide role such as SEKDA. */
    public record Addressee(String name, String positionTitle, String opdName, String email) {}

    /** What the templates read of the addressee and the OPD (official.name, opd.name). */
    public record Named(String name, String positionTitle) {}

    private final Complaints complaints;
    private final Opds opds;
    private final Categories categories;
    private final Mailer mailer;
    private final TanggapProperties properties;

    CaseNotice(Complaints complaints, Opds opds, Categories categories, Mailer mailer, TanggapProperties properties) {
        this.complaints = complaints;
        this.opds = opds;
        this.categories = categories;
        this.mailer = mailer;
        this.properties = properties;
    }

    /** The template to use: the default when the step names none; a BPMN error for a template not offered. */
    public static String template(String requested, String fallback) {
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        if (!TEMPLATES.contains(requested.trim())) {
            throw CamundaError.bpmnError(
                    UNKNOWN_TEMPLATE,
                    "e-mail template " + requested + " is not one a process step may use (" + TEMPLATES + ")");
        }
        return requested.trim();
    }

    /**
     * Queues the e-mail once per dedup key (after commit). dueDate (ISO, may be null) is shown as the deadline;
     * subject null gives the template's usual subject.
     */
    public boolean send(
            String dedupKey,
            long complaintId,
            Addressee to,
            String template,
            String subject,
            String message,
            String dueDate) {
        Complaint complaint = complaints.load(complaintId);
        Map<String, Object> model = new HashMap<>();
        model.put("official", new Named(to.name(), to.positionTitle()));
        model.put("opd", new Named(to.opdName(), null));
        model.put("caseOpd", opds.nameOr(complaint.getOpdCode(), "-"));
        model.put("ticket", complaint.getTicket());
        model.put("category", categories.nameOf(complaint.getCategoryCode()));
        model.put("channel", complaint.getChannel().name());
        model.put("text", complaint.getBody());
        model.put("address", complaint.getAddress());
        model.put("attachments", complaint.getAttachments());
        model.put(
                "deadline",
                dueDate == null || dueDate.isBlank()
                        ? null
                        : IndonesianDates.longDateTime(ProcessDates.parse(dueDate), properties.zone()));
        model.put("message", message == null || message.isBlank() ? null : message.trim());
        model.put("trackingUrl", properties.trackingUrl(complaint.getTicket()));
        String title = subject != null && !subject.isBlank()
                ? "[Tanggap] " + subject.trim() + " (" + complaint.getTicket() + ")"
                : "position-notice".equals(template)
                        ? "[Tanggap] Untuk diketahui: aduan " + complaint.getTicket()
                        : "[Tanggap] Aduan baru " + complaint.getTicket() + " menunggu tanggapan Anda";
        return mailer.sendOnce(dedupKey, complaint.getId(), to.email(), title, template, model);
    }
}
