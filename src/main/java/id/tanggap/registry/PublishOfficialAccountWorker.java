package id.tanggap.registry;

import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccountRepository;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code publishOfficialAccount}: Diskominfo verified the account; it appears in the public directory. */
@Component
public class PublishOfficialAccountWorker {

    private final OfficialAccountRepository accounts;
    private final AccountRegistry registry;
    private final TransactionTemplate tx;
    private final Clock clock;

    PublishOfficialAccountWorker(
            OfficialAccountRepository accounts, AccountRegistry registry, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.registry = registry;
        this.tx = tx;
        this.clock = clock;
    }

    @JobWorker(type = "publishOfficialAccount")
    public void publishOfficialAccount(ActivatedJob job, @Variable long accountId) {
        tx.executeWithoutResult(status -> {
            OfficialAccount a = accounts.findById(accountId).orElseThrow();
            a.verified(clock.instant());
            registry.record(
                    a,
                    "publish:" + job.getElementInstanceKey(),
                    "Diskominfotik",
                    "Terverifikasi dan ditampilkan di direktori");
        });
    }
}
