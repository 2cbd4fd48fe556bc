package id.tanggap.registry;

import id.tanggap.officials.OfficialAccountRepository;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code registerAccountVerification}: notes on the account which verification instance handles it.
 * The instance was started by a message (one per account), so the key is first known here.
 */
@Component
public class RegisterAccountVerificationWorker {

    private final OfficialAccountRepository accounts;
    private final TransactionTemplate tx;

    RegisterAccountVerificationWorker(OfficialAccountRepository accounts, TransactionTemplate tx) {
        this.accounts = accounts;
        this.tx = tx;
    }

    @JobWorker(type = "registerAccountVerification")
    public void registerAccountVerification(ActivatedJob job, @Variable long accountId) {
        tx.executeWithoutResult(
                status -> accounts.findById(accountId).ifPresent(a -> a.inVerification(job.getProcessInstanceKey())));
    }
}
