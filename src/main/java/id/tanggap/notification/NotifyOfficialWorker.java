package id.tanggap.notification;

import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import org.springframework.stereotype.Component;

/**
 * {@code notifyOfficial}: e-mails the responsible official what was reported, the ticket and the
 * deadline. The reporter's identity is not in the e-mail. Element template notify-official: the official
 * ({@code officialNip}, the routed one by default), the deadline shown ({@code responseDueDate}) and, optionally,
 * {@code mailTemplate} (default official-new-complaint), {@code mailSubject} and {@code mailMessage}.
 * An official not in the register is the BPMN error OFFICIAL_NOT_FOUND: retrying would not register them.
 */
@Component
public class NotifyOfficialWorker {

    public static final String OFFICIAL_NOT_FOUND = "OFFICIAL_NOT_FOUND";

    public record OfficialNotified(String notifiedOfficialNip) {}

    private final Officials officials;
    private final Opds opds;
    private final CaseNotice notice;

    NotifyOfficialWorker(Officials officials, Opds opds, CaseNotice notice) {
        this.officials = officials;
        this.opds = opds;
        this.notice = notice;
    }

    @JobWorker(type = "notifyOfficial")
    public OfficialNotified notifyOfficial(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String officialNip,
            @Variable String responseDueDate,
            @Variable(optional = true) String mailTemplate,
            @Variable(optional = true) String mailSubject,
            @Variable(optional = true) String mailMessage) {
        String template = CaseNotice.template(mailTemplate, "official-new-complaint");
        Official official = officials
                .find(officialNip)
                .orElseThrow(() -> CamundaError.bpmnError(
                        OFFICIAL_NOT_FOUND, "official " + officialNip + " is not in the officials register"));
        notice.send(
                "notifyOfficial:" + job.getElementInstanceKey() + ":" + official.getNip(),
                complaintId,
                new CaseNotice.Addressee(
                        official.getName(),
                        official.getPositionTitle(),
                        opds.nameOr(official.getOpdCode(), "-"),
                        official.getEmail()),
                template,
                mailSubject,
                mailMessage,
                responseDueDate);
        return new OfficialNotified(official.getNip());
    }
}
