package id.tanggap.monitoring;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code notifyOpdHeadOfNonCompliance}: three failed checks in a row go to the head of the OPD, once a day. */
@Component
public class NotifyOpdHeadOfNonComplianceWorker {

    private final NonComplianceNotices notices;

    NotifyOpdHeadOfNonComplianceWorker(NonComplianceNotices notices) {
        this.notices = notices;
    }

    @JobWorker(type = "notifyOpdHeadOfNonCompliance")
    public void notifyOpdHeadOfNonCompliance(
            @Variable long accountId,
            @Variable String checkDate,
            @Variable Map<String, Boolean> compliance,
            @Variable int consecutiveFailures) {
        notices.send("headNonCompliance", accountId, checkDate, compliance, consecutiveFailures, true);
    }
}
