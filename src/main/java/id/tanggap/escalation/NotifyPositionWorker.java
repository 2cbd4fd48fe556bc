package id.tanggap.escalation;

import id.tanggap.notification.CaseNotice;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import org.springframework.stereotype.Component;

/**
 * {@code notifyPosition} (element template notify-position): a process owner's "tell X about this case" step.
 * {@code recipientPosition} names who: a province-wide role of the escalation contacts (SEKDA, GOVERNOR_OFFICE,
 * DISKOMINFO_HEAD...), the case's OFFICIAL or HEAD, or, with {@code recipientOpd}, a position of that OPD
 * (e.g. DPUPR / KABID_BINA_MARGA; HEAD is the OPD's echelon II official; a vacant position goes to the head, as
 * in routing). Who holds it is read when the step runs, so a change in the registers needs no model change.
 * The e-mail is {@code mailTemplate} (position-notice by default) with the optional {@code mailSubject},
 * {@code mailMessage} and {@code dueDate}. Nobody to be found is the BPMN error RECIPIENT_UNKNOWN.
 */
@Component
public class NotifyPositionWorker {

    public record PositionNotified(String notifiedPosition) {}

    private final Escalations escalations;
    private final Officials officials;
    private final Opds opds;
    private final CaseNotice notice;

    NotifyPositionWorker(Escalations escalations, Officials officials, Opds opds, CaseNotice notice) {
        this.escalations = escalations;
        this.officials = officials;
        this.opds = opds;
        this.notice = notice;
    }

    @JobWorker(type = "notifyPosition")
    public PositionNotified notifyPosition(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable(optional = true) String recipientPosition,
            @Variable(optional = true) String recipientOpd,
            @Variable(optional = true) String officialNip,
            @Variable(optional = true) String headNip,
            @Variable(optional = true) String mailTemplate,
            @Variable(optional = true) String mailSubject,
            @Variable(optional = true) String mailMessage,
            @Variable(optional = true) String dueDate) {
        String template = CaseNotice.template(mailTemplate, "position-notice");
        CaseNotice.Addressee to =
                addressee(blankToNull(recipientPosition), blankToNull(recipientOpd), officialNip, headNip);
        notice.send(
                "notifyPosition:" + job.getElementInstanceKey() + ":" + to.email(),
                complaintId,
                to,
                template,
                mailSubject,
                mailMessage,
                blankToNull(dueDate));
        return new PositionNotified(recipientPosition.trim());
    }

    private CaseNotice.Addressee addressee(String position, String opd, String officialNip, String headNip) {
        if (position == null) {
            throw unknown("the step names no recipientPosition");
        }
        if (opd == null) {
            try {
                Escalations.Recipient r = escalations.resolve(position, officialNip, headNip, null);
                return new CaseNotice.Addressee(
                        r.name(), r.position().equals(r.name()) ? null : r.position(), "-", r.email());
            } catch (IllegalStateException e) {
                throw unknown(e.getMessage());
            }
        }
        if (!opds.exists(opd)) {
            throw unknown("no OPD " + opd);
        }
        Official official;
        if ("HEAD".equals(position)) {
            official = officials.headOf(opd).orElseThrow(() -> unknown("OPD " + opd + " has no head registered"));
        } else {
            if (!officials.positionExists(opd, position)) {
                throw unknown("OPD " + opd + " has no position " + position);
            }
            official = officials
                    .holderOf(opd, position)
                    .or(() -> officials.headOf(opd))
                    .orElseThrow(
                            () -> unknown("position " + opd + "/" + position + " is vacant and the OPD has no head"));
        }
        return new CaseNotice.Addressee(
                official.getName(), official.getPositionTitle(), opds.nameOr(opd, "-"), official.getEmail());
    }

    private static RuntimeException unknown(String why) {
        return CamundaError.bpmnError(Escalations.RECIPIENT_UNKNOWN, why);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
