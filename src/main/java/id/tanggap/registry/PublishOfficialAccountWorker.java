package id.tanggap.registry;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code publishOfficialAccount}: Diskominfo verified the account; it appears in the public directory. */
@Component
public class PublishOfficialAccountWorker {

    private final AccountRegistry registry;

    PublishOfficialAccountWorker(AccountRegistry registry) {
        this.registry = registry;
    }

    @JobWorker(type = "publishOfficialAccount")
    public void publishOfficialAccount(ActivatedJob job, @Variable long accountId) {
        registry.publish(accountId, "publish:" + job.getElementInstanceKey());
    }
}
