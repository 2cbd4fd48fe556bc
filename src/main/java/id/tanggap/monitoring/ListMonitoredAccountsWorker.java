package id.tanggap.monitoring;

import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code listMonitoredAccounts}: the verified official accounts to check (or the ones Diskominfo asked for). */
@Component
public class ListMonitoredAccountsWorker {

    public record MonitoredAccounts(List<Long> accountIds) {}

    private final OfficialAccounts accounts;

    ListMonitoredAccountsWorker(OfficialAccounts accounts) {
        this.accounts = accounts;
    }

    @JobWorker(type = "listMonitoredAccounts")
    public MonitoredAccounts listMonitoredAccounts(@Variable(optional = true) List<Number> requestedAccountIds) {
        if (requestedAccountIds != null && !requestedAccountIds.isEmpty()) {
            return new MonitoredAccounts(
                    requestedAccountIds.stream().map(Number::longValue).toList());
        }
        return new MonitoredAccounts(accounts.all().stream()
                .filter(OfficialAccount::takesComplaints)
                .map(OfficialAccount::getId)
                .toList());
    }
}
