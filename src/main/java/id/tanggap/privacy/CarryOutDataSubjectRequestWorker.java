package id.tanggap.privacy;

import id.tanggap.notification.Mailer;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code carryOutDataSubjectRequest}: carries out Diskominfo's decision on a data subject's request
 * (correction, erasure or withdrawal), logs it in the audit trail and e-mails the subject the outcome.
 * Idempotent: a request is decided once; the e-mail has a dedup key per request.
 */
@Component
public class CarryOutDataSubjectRequestWorker {

    private final SubjectRequests requests;
    private final Mailer mailer;

    CarryOutDataSubjectRequestWorker(SubjectRequests requests, Mailer mailer) {
        this.requests = requests;
        this.mailer = mailer;
    }

    @JobWorker(type = "carryOutDataSubjectRequest")
    public void carryOutDataSubjectRequest(
            @Variable String requestRef,
            @Variable String requestDecision,
            @Variable(optional = true) String decisionReason) {
        boolean grant = "GRANT".equals(requestDecision);
        requests.decide(requestRef, grant, decisionReason);
        SubjectRequests.Request r = requests.find(requestRef).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("reference", r.reference());
        model.put("kind", r.kind().label);
        model.put("granted", "DIKABULKAN".equals(r.status()));
        model.put("tickets", String.join(", ", r.tickets()));
        model.put("reason", r.decisionReason() == null ? "" : r.decisionReason());
        mailer.sendOnce(
                "subject-request-outcome:" + r.reference(),
                null,
                r.contact(),
                "Jawaban atas permintaan data pribadi " + r.reference(),
                "subject-request-outcome",
                model);
    }
}
