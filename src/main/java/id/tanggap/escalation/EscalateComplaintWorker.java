package id.tanggap.escalation;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.ProcessDates;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code escalateComplaint}: a deadline passed. E-mails the people escalation-ladder.dmn names for
 * this level (OFFICIAL, HEAD, SEKDA, GOVERNOR_OFFICE, DISKOMINFO_HEAD, SUPPORTING_OPD_HEAD) and
 * records the escalation on the case and its timeline. Each recipient is e-mailed once per timer; kind
 * TRIAGE (Diskominfotik did not verify within 3 working days) once per case. Kind TASK reminds of an
 * internal step (hoax clarification, authority decision, closure verification...) named by {@code taskName}.
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
    private final MeterRegistry meters;

    EscalateComplaintWorker(
            CaseUpdates cases,
            Officials officials,
            Opds opds,
            EscalationContactRepository contacts,
            ComplaintEscalationRepository escalations,
            Mailer mailer,
            TanggapProperties properties,
            MeterRegistry meters) {
        this.meters = meters;
        this.cases = cases;
        this.officials = officials;
        this.opds = opds;
        this.contacts = contacts;
        this.escalations = escalations;
        this.mailer = mailer;
        this.properties = properties;
    }

    @JobWorker(type = "escalateComplaint")
    public Escalated escalateComplaint(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable int escalationLevel,
            @Variable String escalationKind,
            @Variable String recipients,
            @Variable(optional = true) String officialNip,
            @Variable(optional = true) String headNip,
            @Variable(optional = true) String supportingOpd,
            @Variable(optional = true) String triageDueDate,
            @Variable(optional = true) String coordinationDueDate,
            @Variable(optional = true) String escalatedAt,
            @Variable(optional = true) String taskName) {
        Complaint complaint = cases.load(complaintId);
        List<Recipient> to = new ArrayList<>();
        for (String role : Arrays.stream(recipients.split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .toList()) {
            to.add(resolve(role, officialNip, headNip, supportingOpd));
        }
        boolean triage = "TRIAGE".equals(escalationKind);
        String opdName = triage
                ? "Diskominfotik (verifikasi)"
                : complaint.getOpdCode() == null ? "-" : opds.nameOf(complaint.getOpdCode());
        String what = switch (escalationKind) {
            case "RESOLUTION" -> "penyelesaian tindak lanjut";
            case "TRIAGE" -> "verifikasi dan penerusan aduan (3 hari kerja)";
            case "TASK" -> taskName == null ? "tugas" : taskName;
            case "COORDINATION" ->
                "kontribusi koordinasi lintas OPD"
                        + (supportingOpd == null ? "" : " dari " + opds.nameOf(supportingOpd));
            default -> "tanggapan pertama";
        };
        boolean reminder = "TASK".equals(escalationKind);
        // a TASK reminder fires at the task's own due date, which lives only on the user task
        // a late contribution is late against the deadline shared by all supporting OPDs, not the lead OPD's own
        Instant due = triage
                ? ProcessDates.parse(triageDueDate)
                : "COORDINATION".equals(escalationKind) && coordinationDueDate != null
                        ? ProcessDates.parse(coordinationDueDate)
                        : reminder
                                ? ProcessDates.parse(escalatedAt)
                                : "RESOLUTION".equals(escalationKind)
                                        ? complaint.getResolutionDueAt()
                                        : complaint.getResponseDueAt();
        // escalatedAt is the engine's time when the timer fired (passed by the BPMN where the mail says how late)
        Instant at = ProcessDates.parse(escalatedAt);
        String late = due == null || at == null || !at.isAfter(due) ? null : lateness(Duration.between(due, at));
        // an overdue triage is told once per case: a case that comes back to triage keeps its first deadline
        String scope = triage ? "TRIAGE:" + complaintId : String.valueOf(job.getElementInstanceKey());
        // a higher level hears who was warned before it, since when: the ladder is visible to whoever it reaches
        List<String> earlier = reminder || triage
                ? List.of()
                : earlierWarnings(complaintId, escalationKind, escalationLevel, officialNip, headNip, supportingOpd);
        for (Recipient r : to) {
            Map<String, Object> model = new HashMap<>();
            model.put("earlier", earlier);
            model.put("recipient", r);
            model.put("level", escalationLevel);
            model.put("what", what);
            model.put("ticket", complaint.getTicket());
            model.put("opd", opdName);
            model.put("text", complaint.getBody());
            model.put("due", IndonesianDates.longDateTime(due, properties.zone()));
            model.put("late", late);
            model.put("trackingUrl", properties.trackingUrl(complaint.getTicket()));
            mailer.sendOnce(
                    "escalateComplaint:" + scope + ":" + r.email(),
                    complaint.getId(),
                    r.email(),
                    reminder
                            ? "[Tanggap] PENGINGAT: aduan " + complaint.getTicket() + " menunggu " + what
                            : "[Tanggap] ESKALASI level " + escalationLevel + ": aduan " + complaint.getTicket()
                                    + " melewati tenggat",
                    reminder ? "task-reminder" : "escalation",
                    model);
        }
        List<String> roles = to.stream().map(Recipient::role).toList();
        String dedup = "escalation:" + scope;
        boolean first = Boolean.TRUE.equals(cases.update(complaintId, (c, now) -> {
            boolean recorded = false;
            if (!escalations.existsByDedupKey(dedup)) {
                escalations.save(new ComplaintEscalation(
                        complaintId, dedup, escalationKind, escalationLevel, String.join(",", roles), now));
                recorded = true;
            }
            if (!triage && !reminder) {
                // escalation_level is the OPD's ladder (dashboard, report); a late triage or an internal step is not
                c.escalatedTo(escalationLevel, now);
            }
            // the public timeline calls it what it is: a missed deadline, escalated, and by how much
            cases.note(
                    c,
                    job,
                    ComplaintStatus.ESKALASI,
                    now,
                    "Sistem Tanggap",
                    (reminder ? "Pengingat: " : "Eskalasi level " + escalationLevel + ": ") + "tenggat " + what
                            + (due == null ? "" : " (" + IndonesianDates.longDateTime(due, properties.zone()) + ")")
                            + " terlewati" + (late == null ? "" : " " + late) + "; diteruskan kepada "
                            + String.join(
                                    ", ", to.stream().map(r -> r.position()).toList()));
            return recorded;
        }));
        if (first) {
            // operators' metric: one breach per fired timer (a redelivered job is not counted again), by OPD code
            meters.counter(
                            "tanggap.sla.breaches",
                            "opd",
                            triage ? "diskominfo" : complaint.getOpdCode() == null ? "none" : complaint.getOpdCode(),
                            "kind",
                            escalationKind)
                    .increment();
        }
        return new Escalated(escalationLevel, roles);
    }

    /** "Level 1 sejak 5 Desember 2026 pukul 10.00 WITA: Kepala Bidang Bina Marga (Nama)", per earlier level of this ladder. */
    private List<String> earlierWarnings(
            long complaintId, String kind, int level, String officialNip, String headNip, String supportingOpd) {
        List<String> lines = new ArrayList<>();
        for (ComplaintEscalation e : escalations.findByComplaintIdOrderByEscalatedAtAscIdAsc(complaintId)) {
            if (!kind.equals(e.getKind()) || e.getLevel() >= level) {
                continue;
            }
            List<String> who = new ArrayList<>();
            for (String role : e.getRecipients().split(",")) {
                if (role.isBlank()) {
                    continue;
                }
                try {
                    Recipient r = resolve(role.trim(), officialNip, headNip, supportingOpd);
                    who.add(r.position().equals(r.name()) ? r.name() : r.position() + " (" + r.name() + ")");
                } catch (IllegalStateException gone) {
                    who.add(role.trim()); // the contact was removed since: the role still says who it was
                }
            }
            lines.add("Level " + e.getLevel() + " sejak "
                    + IndonesianDates.longDateTime(e.getEscalatedAt(), properties.zone()) + ": "
                    + String.join(", ", who));
        }
        return lines;
    }

    /** "2 hari 3 jam", "45 menit": how late, for the e-mail. */
    static String lateness(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        List<String> parts = new ArrayList<>();
        if (days > 0) parts.add(days + " hari");
        if (hours > 0) parts.add(hours + " jam");
        if (days == 0 && (minutes > 0 || parts.isEmpty())) parts.add(minutes + " menit");
        return String.join(" ", parts);
    }

    private Recipient resolve(String role, String officialNip, String headNip, String supportingOpd) {
        return switch (role) {
            case "OFFICIAL" -> official(role, officialNip);
            case "HEAD" -> official(role, headNip);
            case "SUPPORTING_OPD_HEAD" ->
                officials
                        .headOf(supportingOpd)
                        .map(o -> new Recipient(role, o.getName(), o.getPositionTitle(), o.getEmail()))
                        .orElseThrow(() -> new IllegalStateException(
                                "no echelon II official registered for OPD " + supportingOpd));
            default ->
                contacts.findById(role)
                        .map(c -> new Recipient(role, c.getName(), c.getName(), c.getEmail()))
                        .orElseThrow(() -> new IllegalStateException("no escalation contact for role " + role));
        };
    }

    private Recipient official(String role, String nip) {
        Official o = officials
                .find(String.valueOf(nip))
                .orElseThrow(
                        () -> new IllegalStateException("escalation to " + role + ": no official with NIP " + nip));
        return new Recipient(role, o.getName(), o.getPositionTitle(), o.getEmail());
    }
}
