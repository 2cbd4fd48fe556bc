package id.tanggap.privacy;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.notification.Mailer;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code remindDataSubjectRequest}: a request still open at its legal deadline is reported to the team
 * that handles requests (tanggap.privacy.requests.handler-mail) and written to the audit trail, once per request.
 */
@Component
public class RemindDataSubjectRequestWorker {

    private final Mailer mailer;
    private final AuditTrail trail;
    private final SubjectRequestProperties properties;
    private final TransactionTemplate tx;

    RemindDataSubjectRequestWorker(
            Mailer mailer, AuditTrail trail, SubjectRequestProperties properties, TransactionTemplate tx) {
        this.mailer = mailer;
        this.trail = trail;
        this.properties = properties;
        this.tx = tx;
    }

    @JobWorker(type = "remindDataSubjectRequest")
    public void remindDataSubjectRequest(
            @Variable String requestRef, @Variable String requestKindLabel, @Variable String dueText) {
        // the e-mail and the audit row commit together, so a retried job adds neither twice
        tx.executeWithoutResult(status -> remind(requestRef, requestKindLabel, dueText));
    }

    private void remind(String requestRef, String requestKindLabel, String dueText) {
        boolean first = mailer.sendOnce(
                "subject-request-overdue:" + requestRef,
                null,
                properties.handlerMail(),
                "TERLAMBAT: permintaan data pribadi " + requestRef,
                "subject-request-overdue",
                Map.of("reference", requestRef, "kind", requestKindLabel, "due", dueText));
        if (first) {
            trail.record(
                    "sistem",
                    "",
                    AuditAction.SUBJECT_REQUEST_OVERDUE,
                    requestRef,
                    "belum diputus sampai batas waktu " + dueText,
                    null);
        }
    }
}
