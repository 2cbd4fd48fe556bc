package id.tanggap.monitoring;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code notifyNonCompliance}: e-mails the account's official (or the OPD for an institutional account), once a day. */
@Component
public class NotifyNonComplianceWorker {

    private final NonComplianceNotices notices;

    NotifyNonComplianceWorker(NonComplianceNotices notices) {
        this.notices = notices;
    }

    @JobWorker(type = "notifyNonCompliance")
    public void notifyNonCompliance(
            @Variable long accountId,
            @Variable String checkDate,
            @Variable Map<String, Boolean> compliance,
            @Variable int consecutiveFailures) {
        notices.send("nonCompliance", accountId, checkDate, compliance, consecutiveFailures, false);
    }
}
