package id.tanggap.registry;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code rejectOfficialAccount}: Diskominfo rejected the account; the official is e-mailed the reason. */
@Component
public class RejectOfficialAccountWorker {

    private final AccountRegistry registry;

    RejectOfficialAccountWorker(AccountRegistry registry) {
        this.registry = registry;
    }

    @JobWorker(type = "rejectOfficialAccount")
    public void rejectOfficialAccount(ActivatedJob job, @Variable long accountId, @Variable String rejectionReason) {
        registry.reject(accountId, rejectionReason, job.getElementInstanceKey());
    }
}
