package id.tanggap.inventory;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** {@code notifyOpdOfGoneStaffAccount}: the OPD is told once that one of its staff's accounts no longer exists. */
@Component
public class NotifyOpdOfGoneStaffAccountWorker {

    private final StaffAccountChecks checks;

    NotifyOpdOfGoneStaffAccountWorker(StaffAccountChecks checks) {
        this.checks = checks;
    }

    @JobWorker(type = "notifyOpdOfGoneStaffAccount")
    public void notifyOpdOfGoneStaffAccount(@Variable long staffAccountId) {
        checks.tellOpdGone(staffAccountId, Instant.now());
    }
}
