package id.tanggap.escalation;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code escalateComplaint}: a deadline passed. E-mails the people escalation-ladder.dmn names for
 * this level (OFFICIAL, HEAD, SEKDA, GOVERNOR_OFFICE, DISKOMINFO_HEAD, SUPPORTING_OPD_HEAD) and
 * records the escalation on the case and its timeline. Each recipient is e-mailed once per timer.
 */
@Component
public class EscalateComplaintWorker {

    public record Escalated(int escalationLevel, List<String> escalatedTo) {}

    record Recipient(String role, String name, String position, String email) {}

    private final CaseUpdates cases;
    private final Officials officials;
    private final Opds opds;
    private final EscalationContactRepository contacts;
    private final ComplaintEscalationRepository escalations;
    private final Mailer mailer;
    private final TanggapProperties properties;

    EscalateComplaintWorker(CaseUpdates cases, Officials officials, Opds opds, EscalationContactRepository contacts,
                            ComplaintEscalationRepository escalations, Mailer mailer, TanggapProperties properties) {
        this.cases = cases;
        this.officials = officials;
        this.opds = opds;
        this.contacts = contacts;
        this.escalations = escalations;
        this.mailer = mailer;
        this.properties = properties;
    }

    @JobWorker(type = "escalateComplaint")
    public Escalated escalateComplaint(ActivatedJob job, @Variable long complaintId, @Variable int escalationLevel,
                                       @Variable String escalationKind, @Variable String recipients,
                                       @Variable(optional = true) String officialNip, @Variable(optional = true) String headNip,
                                       @Variable(optional = true) String supportingOpd) {
        Complaint complaint = cases.load(complaintId);
        List<Recipient> to = new ArrayList<>();
        for (String role : Arrays.stream(recipients.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList()) {
            to.add(resolve(role, officialNip, headNip, supportingOpd));
        }
        String opdName = complaint.getOpdCode() == null ? "-" : opds.nameOf(complaint.getOpdCode());
        String what = switch (escalationKind) {
            case "RESOLUTION" -> "penyelesaian tindak lanjut";
            case "COORDINATION" -> "kontribusi koordinasi lintas OPD" + (supportingOpd == null ? "" : " dari " + supportingOpd);
            default -> "tanggapan pertama";
        };
        for (Recipient r : to) {
            Map<String, Object> model = new HashMap<>();
            model.put("recipient", r);
            model.put("level", escalationLevel);
            model.put("what", what);
            model.put("ticket", complaint.getTicket());
            model.put("opd", opdName);
            model.put("text", complaint.getBody());
            model.put("due", IndonesianDates.longDateTime("RESOLUTION".equals(escalationKind) ? complaint.getResolutionDueAt()
                    : complaint.getResponseDueAt(), properties.zone()));
            model.put("trackingUrl", properties.trackingUrl(complaint.getTicket()));
            mailer.sendOnce("escalateComplaint:" + job.getElementInstanceKey() + ":" + r.email(), complaint.getId(), r.email(),
                    "[Tanggap] ESKALASI level " + escalationLevel + ": aduan " + complaint.getTicket() + " melewati tenggat",
                    "escalation", model);
        }
        List<String> roles = to.stream().map(Recipient::role).toList();
        String dedup = "escalation:" + job.getElementInstanceKey();
        cases.update(complaintId, (c, now) -> {
            if (!escalations.existsByDedupKey(dedup)) {
                escalations.save(new ComplaintEscalation(complaintId, dedup, escalationKind, escalationLevel, String.join(",", roles), now));
            }
            c.escalatedTo(escalationLevel, now);
            cases.note(c, job, c.getStatus(), now, "Sistem Tanggap", "Eskalasi level " + escalationLevel + " (" + what + ") kepada "
                    + String.join(", ", to.stream().map(r -> r.position()).toList()));
            return null;
        });
        return new Escalated(escalationLevel, roles);
    }

    private Recipient resolve(String role, String officialNip, String headNip, String supportingOpd) {
        return switch (role) {
            case "OFFICIAL" -> official(role, officialNip);
            case "HEAD" -> official(role, headNip);
            case "SUPPORTING_OPD_HEAD" -> officials.headOf(supportingOpd)
                    .map(o -> new Recipient(role, o.getName(), o.getPositionTitle(), o.getEmail()))
                    .orElseThrow(() -> new IllegalStateException("no echelon II official registered for OPD " + supportingOpd));
            default -> contacts.findById(role).map(c -> new Recipient(role, c.getName(), c.getName(), c.getEmail()))
                    .orElseThrow(() -> new IllegalStateException("no escalation contact for role " + role));
        };
    }

    private Recipient official(String role, String nip) {
        Official o = officials.find(String.valueOf(nip))
                .orElseThrow(() -> new IllegalStateException("escalation to " + role + ": no official with NIP " + nip));
        return new Recipient(role, o.getName(), o.getPositionTitle(), o.getEmail());
    }
}
