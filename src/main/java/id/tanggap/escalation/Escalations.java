package id.tanggap.escalation;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.JobStep;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.ProcessDates;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.exception.CamundaError;
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
 * A passed deadline of a case: who is told (the roles escalation-ladder.dmn names), the e-mails (each
 * recipient once per timer; an overdue triage once per case) and the record on the case and its timeline.
 * The pure decisions (due date, lateness, mail scope) are static and tested in EscalationsTest.
 */
@Component
class Escalations {

    /** BPMN error of escalateComplaint and notifyPosition: a role, position or official nobody can be found for. */
    static final String RECIPIENT_UNKNOWN = "RECIPIENT_UNKNOWN";

    record Recipient(String role, String name, String position, String email) {}

    private final CaseUpdates cases;
    private final Officials officials;
    private final Opds opds;
    private final EscalationContactRepository contacts;
    private final ComplaintEscalationRepository escalations;
    private final Mailer mailer;
    private final TanggapProperties properties;
    private final MeterRegistry meters;

    Escalations(
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

    EscalateComplaintWorker.Escalated escalate(JobStep step, EscalateComplaintWorker.Overdue o) {
        Complaint complaint = cases.load(o.complaintId());
        EscalationKind kind = EscalationKind.of(o.escalationKind());
        List<Recipient> to;
        try {
            to = roles(o.recipients()).stream()
                    .map(role -> resolve(role, o.officialNip(), o.headNip(), o.supportingOpd()))
                    .toList();
        } catch (IllegalStateException unknown) {
            // master data missing (no contact for SEKDA, an unregistered official): retrying the job cannot fix it
            throw CamundaError.bpmnError(RECIPIENT_UNKNOWN, unknown.getMessage());
        }
        String opdName =
                kind == EscalationKind.TRIAGE ? "Diskominfotik (verifikasi)" : opds.nameOr(complaint.getOpdCode(), "-");
        String what = kind.what(o.taskName(), o.supportingOpd() == null ? null : opds.nameOf(o.supportingOpd()));
        Instant due = due(kind, complaint, o.triageDueDate(), o.coordinationDueDate(), o.escalatedAt());
        // escalatedAt is the engine's time when the timer fired (passed by the BPMN where the mail says how late)
        String late = lateness(due, ProcessDates.parse(o.escalatedAt()));
        String scope = scope(kind, o.complaintId(), step);
        // a higher level hears who was warned before it, since when: the ladder is visible to whoever it reaches
        List<String> earlier =
                kind.movesTheLadder() ? earlierWarnings(o.complaintId(), o.escalationLevel(), o) : List.of();
        for (Recipient r : to) {
            Map<String, Object> model = new HashMap<>();
            model.put("earlier", earlier);
            model.put("recipient", r);
            model.put("level", o.escalationLevel());
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
                    kind.isReminder()
                            ? "[Tanggap] PENGINGAT: aduan " + complaint.getTicket() + " menunggu " + what
                            : "[Tanggap] ESKALASI level " + o.escalationLevel() + ": aduan " + complaint.getTicket()
                                    + " melewati tenggat",
                    kind.isReminder() ? "task-reminder" : "escalation",
                    model);
        }
        List<String> roles = to.stream().map(Recipient::role).toList();
        String dedup = "escalation:" + scope;
        boolean first = Boolean.TRUE.equals(cases.update(o.complaintId(), (c, now) -> {
            boolean recorded = false;
            if (!escalations.existsByDedupKey(dedup)) {
                escalations.save(new ComplaintEscalation(
                        o.complaintId(), dedup, o.escalationKind(), o.escalationLevel(), String.join(",", roles), now));
                recorded = true;
            }
            if (kind.movesTheLadder()) {
                c.escalatedTo(o.escalationLevel(), now);
            }
            // the public timeline calls it what it is: a missed deadline, escalated, and by how much
            cases.note(
                    c,
                    step,
                    ComplaintStatus.ESKALASI,
                    now,
                    "Sistem Tanggap",
                    (kind.isReminder() ? "Pengingat: " : "Eskalasi level " + o.escalationLevel() + ": ") + "tenggat "
                            + what
                            + (due == null ? "" : " (" + IndonesianDates.longDateTime(due, properties.zone()) + ")")
                            + " terlewati" + (late == null ? "" : " " + late) + "; diteruskan kepada "
                            + String.join(
                                    ", ", to.stream().map(Recipient::position).toList()));
            return recorded;
        }));
        if (first) {
            // operators' metric: one breach per fired timer (a redelivered job is not counted again), by OPD code
            meters.counter(
                            "tanggap.sla.breaches",
                            "opd",
                            kind == EscalationKind.TRIAGE
                                    ? "diskominfo"
                                    : complaint.getOpdCode() == null ? "none" : complaint.getOpdCode(),
                            "kind",
                            o.escalationKind() == null ? kind.name() : o.escalationKind())
                    .increment();
        }
        return new EscalateComplaintWorker.Escalated(o.escalationLevel(), roles);
    }

    /** The comma-separated roles the ladder names, blanks dropped. */
    static List<String> roles(String recipients) {
        return recipients == null
                ? List.of()
                : Arrays.stream(recipients.split(","))
                        .map(String::trim)
                        .filter(r -> !r.isEmpty())
                        .toList();
    }

    /**
     * The deadline that passed: triage's own, a task's own (it lives only on the user task, so the timer's
     * firing time stands for it), or the case's resolution or first-response deadline.
     */
    static Instant due(EscalationKind kind, Complaint complaint, String triageDueDate, String escalatedAt) {
        return due(kind, complaint, triageDueDate, null, escalatedAt);
    }

    /** A late contribution is late against the deadline shared by all supporting OPDs, not the lead OPD's own. */
    static Instant due(
            EscalationKind kind,
            Complaint complaint,
            String triageDueDate,
            String coordinationDueDate,
            String escalatedAt) {
        return switch (kind) {
            case TRIAGE -> ProcessDates.parse(triageDueDate);
            case TASK -> ProcessDates.parse(escalatedAt);
            case RESOLUTION -> complaint.getResolutionDueAt();
            case COORDINATION ->
                coordinationDueDate != null ? ProcessDates.parse(coordinationDueDate) : complaint.getResponseDueAt();
            case RESPONSE -> complaint.getResponseDueAt();
        };
    }

    /** "Level 1 sejak 5 Desember 2026 pukul 10.00 WITA: Kepala Bidang Bina Marga (Nama)", per earlier level of this ladder. */
    private List<String> earlierWarnings(long complaintId, int level, EscalateComplaintWorker.Overdue o) {
        List<String> lines = new ArrayList<>();
        for (ComplaintEscalation e : escalations.findByComplaintIdOrderByEscalatedAtAscIdAsc(complaintId)) {
            // the same ladder: the kind as the BPMN names it (e.g. FIRST_RESPONSE), as it was recorded
            if (!java.util.Objects.equals(o.escalationKind(), e.getKind()) || e.getLevel() >= level) {
                continue;
            }
            List<String> who = new ArrayList<>();
            for (String role : roles(e.getRecipients())) {
                try {
                    Recipient r = resolve(role, o.officialNip(), o.headNip(), o.supportingOpd());
                    who.add(r.position().equals(r.name()) ? r.name() : r.position() + " (" + r.name() + ")");
                } catch (IllegalStateException gone) {
                    who.add(role); // the contact was removed since: the role still says who it was
                }
            }
            lines.add("Level " + e.getLevel() + " sejak "
                    + IndonesianDates.longDateTime(e.getEscalatedAt(), properties.zone()) + ": "
                    + String.join(", ", who));
        }
        return lines;
    }

    /** An overdue triage is told once per case (a case back in triage keeps its first deadline); else once per timer. */
    static String scope(EscalationKind kind, long complaintId, JobStep step) {
        return kind == EscalationKind.TRIAGE ? "TRIAGE:" + complaintId : String.valueOf(step.elementInstanceKey());
    }

    /** How late, for the e-mail ("2 hari 3 jam", "45 menit"); null when not late or unknown. */
    static String lateness(Instant due, Instant at) {
        return due == null || at == null || !at.isAfter(due) ? null : lateness(Duration.between(due, at));
    }

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

    /**
     * Who a role is: OFFICIAL and HEAD of the case, the head of a supporting OPD, or an escalation contact
     * (SEKDA, GOVERNOR_OFFICE, DISKOMINFO_HEAD...); IllegalStateException when nobody is registered for it.
     */
    Recipient resolve(String role, String officialNip, String headNip, String supportingOpd) {
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
