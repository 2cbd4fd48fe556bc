package id.tanggap.registry;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code registerAccountVerification}: notes on the account which verification instance handles it.
 * The instance was started by a message (one per account), so the key is first known here.
 */
@Component
public class RegisterAccountVerificationWorker {

    private final AccountRegistry registry;

    RegisterAccountVerificationWorker(AccountRegistry registry) {
        this.registry = registry;
    }

    @JobWorker(type = "registerAccountVerification")
    public void registerAccountVerification(ActivatedJob job, @Variable long accountId) {
        registry.verificationStarted(accountId, job.getProcessInstanceKey());
    }
}
