package id.tanggap.inventory;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code listStaffAccounts}: the inventory's staff accounts to check this week (or the ones asked for). */
@Component
public class ListStaffAccountsWorker {

    public record StaffAccountIds(List<Long> staffAccountIds) {}

    private final StaffAccountChecks checks;

    ListStaffAccountsWorker(StaffAccountChecks checks) {
        this.checks = checks;
    }

    @JobWorker(type = "listStaffAccounts")
    public StaffAccountIds listStaffAccounts(@Variable(optional = true) List<Number> requestedStaffAccountIds) {
        if (requestedStaffAccountIds != null && !requestedStaffAccountIds.isEmpty()) {
            return new StaffAccountIds(
                    requestedStaffAccountIds.stream().map(Number::longValue).toList());
        }
        return new StaffAccountIds(checks.all());
    }
}
