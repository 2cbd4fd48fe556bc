package id.tanggap.callcenter;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.complaint.Timeline;
import id.tanggap.escalation.EscalationContact;
import id.tanggap.escalation.EscalationContactRepository;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.intake.ComplaintSubmission;
import id.tanggap.notification.Mailer;
import id.tanggap.process.EngineGateway;
import id.tanggap.routing.OpdInfo;
import id.tanggap.routing.Opds;
import id.tanggap.shared.Channel;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import id.tanggap.shared.TanggapProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Call-center agents of the OPDs and of the province log calls as complaints, transfer a call to
 * another OPD's call center, and flag emergencies, which go to the 112 command center at once.
 */
@Service
class CallCenter {

    public record Call(
            String callId,
            String callerName,
            String callerPhone,
            Boolean anonymous,
            String text,
            String category,
            Double lat,
            Double lon,
            String address,
            Boolean emergency) {

        boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }

        boolean isEmergency() {
            return Boolean.TRUE.equals(emergency);
        }
    }

    public record Logged(String ticket, boolean created, boolean emergencyNotified) {}

    static final String EMERGENCY_ROLE = "EMERGENCY_112";
    static final String EMERGENCY_MESSAGE = "emergency-112";
    /** The "account" a call came in on: the call center (an OPD's code, or the province's) whose agent logged it. */
    static final String CALL_CENTER_ACCOUNT = "call-center:";

    private static final String PROVINCE_CENTER = "PROVINSI";

    private final ComplaintIntake intake;
    private final Complaints complaints;
    private final CaseUpdates cases;
    private final Timeline timeline;
    private final EscalationContactRepository contacts;
    private final Opds opds;
    private final Mailer mailer;
    private final TanggapProperties properties;
    private final EngineGateway engine;

    CallCenter(
            ComplaintIntake intake,
            Complaints complaints,
            CaseUpdates cases,
            Timeline timeline,
            EscalationContactRepository contacts,
            Opds opds,
            Mailer mailer,
            TanggapProperties properties,
            EngineGateway engine) {
        this.intake = intake;
        this.complaints = complaints;
        this.cases = cases;
        this.timeline = timeline;
        this.contacts = contacts;
        this.opds = opds;
        this.mailer = mailer;
        this.properties = properties;
        this.engine = engine;
    }

    /**
     * Logs the call as a case of its own (intake never joins a call-center report to another case) and,
     * for an emergency, e-mails 112 at once. The 112 e-mail is built from the call itself, never from a
     * stored case another report may have shaped.
     */
    public Logged log(Call call, String agentOpd) {
        // a call id is unique within one call center's telephone system: the id is scoped to the agent's call center,
        // so no other door (nor another OPD's agent) can claim it first
        String callCenter = centerOf(agentOpd);
        boolean located = call.lat() != null && call.lon() != null;
        String address = addressOf(call);
        var submission = submission(call, callCenter);
        var accepted = intake.submit(submission, new ComplaintIntake.Origin(CALL_CENTER_ACCOUNT + callCenter, null));
        boolean notified = false;
        if (call.isEmergency() && accepted.created()) {
            Complaint c = complaints.byTicket(accepted.ticket()).orElseThrow();
            EscalationContact center = contacts.findById(EMERGENCY_ROLE)
                    .orElseThrow(() -> new IllegalStateException(
                            "no contact for the 112 command center (" + EMERGENCY_ROLE + ")"));
            Map<String, Object> model = new HashMap<>();
            model.put("ticket", c.getTicket());
            model.put("text", call.text().strip());
            model.put("address", address == null ? "-" : address);
            model.put("lat", located ? call.lat() : "-");
            model.put("lon", located ? call.lon() : "-");
            // the command center needs to call back: the caller's number goes to 112, nowhere else
            model.put("callerPhone", call.isAnonymous() || call.callerPhone() == null ? "-" : call.callerPhone());
            model.put("agentOpd", agentOpd == null ? "Call center provinsi" : agentOpd);
            model.put("trackingUrl", properties.trackingUrl(c.getTicket()));
            mailer.sendOnce(
                    "emergency112:" + c.getTicket(),
                    c.getId(),
                    center.getEmail(),
                    "[DARURAT] Aduan " + c.getTicket() + " diteruskan ke 112",
                    "emergency-112",
                    model);
            cases.update(c.getId(), (complaint, now) -> {
                timeline.record(
                        complaint,
                        "emergency112",
                        complaint.getStatus(),
                        now,
                        "Call center",
                        "Darurat: segera diteruskan ke " + center.getName());
                // the case is urgent (1 hour): the process marks it so for triage
                engine.publishLater(
                        EMERGENCY_MESSAGE, complaint.getTicket(), "emergency112:" + complaint.getTicket(), Map.of());
                return null;
            });
            notified = true;
        }
        return new Logged(accepted.ticket(), accepted.created(), notified);
    }

    /** Checks a call as log() would, naming every bad field; stores nothing. */
    void check(Call call, String agentOpd) {
        intake.validate(submission(call, centerOf(agentOpd)));
    }

    private static String addressOf(Call call) {
        return call.address() == null || call.address().isBlank()
                ? null
                : call.address().strip();
    }

    private static ComplaintSubmission submission(Call call, String callCenter) {
        boolean located = call.lat() != null && call.lon() != null;
        String address = addressOf(call);
        return new ComplaintSubmission(
                Channel.CALL_CENTER,
                "call:" + callCenter + ":"
                        + (call.callId() == null || call.callId().isBlank()
                                ? UUID.randomUUID()
                                : call.callId().trim()),
                new ComplaintSubmission.Reporter(
                        call.isAnonymous() ? null : call.callerName(),
                        call.isAnonymous() ? null : call.callerPhone(),
                        call.isAnonymous()),
                withSpokenAddress(call.text(), located ? null : address),
                call.category(),
                located ? new ComplaintSubmission.Location(call.lat(), call.lon(), address) : null,
                null,
                List.of());
    }

    /** A place the caller named without coordinates stays with the case, in its text. */
    private static String withSpokenAddress(String text, String address) {
        if (text == null || address == null) {
            return text;
        }
        String spoken = address.length() > 500 ? address.substring(0, 500) : address;
        return text.strip() + "\n\nLokasi menurut penelepon: " + spoken;
    }

    /**
     * Hands a call over to another OPD's call center: an e-mail to that OPD and an internal timeline
     * entry (the public timeline does not show which call centers a case went through). Only staff
     * whose reach covers the case may: Diskominfo and admins any case, an OPD user a case of their
     * own OPD or one their own call center logged.
     */
    public void transfer(String ticket, String toOpd, String note, StaffUser user) {
        Complaint c = complaints
                .byTicket(ticket)
                .orElseThrow(() -> new NotFoundException("Tidak ada aduan dengan nomor tiket " + ticket));
        if (!reaches(user, c)) {
            throw new AccessDeniedException("case " + ticket + " is outside the reach of the user's OPD");
        }
        OpdInfo target = opds.find(toOpd == null ? "" : toOpd)
                .orElseThrow(() -> InvalidInputException.of("toOpd", "OPD tidak dikenal"));
        if (target.email() != null) {
            // the complaint text and the agent's note only: no reporter identity (a confidential reporter is known to
            // Diskominfo only)
            mailer.sendOnce(
                    "callTransfer:" + ticket + ":" + toOpd + ":"
                            + c.getUpdatedAt().toEpochMilli(),
                    c.getId(),
                    target.email(),
                    "[Tanggap] Panggilan " + ticket + " dialihkan ke call center " + target.shortName(),
                    "call-transfer",
                    Map.of(
                            "ticket",
                            ticket,
                            "opd",
                            target.name(),
                            "text",
                            c.getBody(),
                            "note",
                            note == null ? "-" : note,
                            "trackingUrl",
                            properties.trackingUrl(ticket)));
        }
        cases.update(c.getId(), (complaint, now) -> {
            timeline.recordInternal(
                    complaint,
                    "callTransfer:" + toOpd + ":" + now.toEpochMilli(),
                    complaint.getStatus(),
                    now,
                    "Call center",
                    "Panggilan dialihkan ke call center " + target.name());
            return null;
        });
    }

    /**
     * Whether the user may transfer the call: within {@link StaffUser#mayReadCase}, where the OPD whose call center
     * logged the call counts as handling it too. Both go through the same rule, so a case about the OPD's own
     * officials, which the Inspectorate handles, stays out of the OPD's reach even when its call center took the call.
     */
    private static boolean reaches(StaffUser user, Complaint c) {
        if (user == null) {
            return false;
        }
        if (user.hasAnyRole("DISKOMINFO", "ADMIN")) {
            return true;
        }
        String opd = user.opdCode();
        boolean loggedByOwnCenter = opd != null
                && c.getChannel() == Channel.CALL_CENTER
                && (CALL_CENTER_ACCOUNT + opd).equals(c.getChannelAccountId());
        return user.mayReadCase(c.getOpdCode(), c.getSubjectOpdCode())
                || loggedByOwnCenter && user.mayReadCase(opd, c.getSubjectOpdCode());
    }

    private static String centerOf(String agentOpd) {
        return agentOpd == null || agentOpd.isBlank() ? PROVINCE_CENTER : agentOpd;
    }
}
