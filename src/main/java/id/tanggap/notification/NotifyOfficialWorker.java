package id.tanggap.notification;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Categories;
import id.tanggap.routing.OpdInfo;
import id.tanggap.routing.Opds;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.ProcessDates;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code notifyOfficial}: e-mails the responsible official what was reported, the ticket and the
 * deadline. The reporter's identity is not in the e-mail.
 */
@Component
public class NotifyOfficialWorker {

    public record OfficialNotified(String notifiedOfficialNip) {}

    private final Complaints complaints;
    private final Officials officials;
    private final Opds opds;
    private final Categories categories;
    private final Mailer mailer;
    private final TanggapProperties properties;

    NotifyOfficialWorker(
            Complaints complaints,
            Officials officials,
            Opds opds,
            Categories categories,
            Mailer mailer,
            TanggapProperties properties) {
        this.complaints = complaints;
        this.officials = officials;
        this.opds = opds;
        this.categories = categories;
        this.mailer = mailer;
        this.properties = properties;
    }

    @JobWorker(type = "notifyOfficial")
    public OfficialNotified notifyOfficial(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String officialNip,
            @Variable String responseDueDate) {
        Complaint complaint = complaints.load(complaintId);
        Official official = officials
                .find(officialNip)
                .orElseThrow(() ->
                        new IllegalStateException("routing chose official " + officialNip + ", who is not registered"));
        OpdInfo opd = opds.find(official.getOpdCode()).orElseThrow();
        Instant due = ProcessDates.parse(responseDueDate);

        Map<String, Object> model = new HashMap<>();
        model.put("official", official);
        model.put("opd", opd);
        model.put("ticket", complaint.getTicket());
        model.put("category", categories.nameOf(complaint.getCategoryCode()));
        model.put("channel", complaint.getChannel().name());
        model.put("text", complaint.getBody());
        model.put("address", complaint.getAddress());
        model.put("attachments", complaint.getAttachments());
        model.put("deadline", IndonesianDates.longDateTime(due, properties.zone()));
        model.put("trackingUrl", properties.trackingUrl(complaint.getTicket()));

        mailer.sendOnce(
                "notifyOfficial:" + job.getElementInstanceKey() + ":" + official.getNip(),
                complaint.getId(),
                official.getEmail(),
                "[Tanggap] Aduan baru " + complaint.getTicket() + " menunggu tanggapan Anda",
                "official-new-complaint",
                model);
        return new OfficialNotified(official.getNip());
    }
}
