package id.tanggap.registry;

import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccountRepository;
import id.tanggap.officials.OfficialRepository;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code rejectOfficialAccount}: Diskominfo rejected the account; the official is e-mailed the reason. */
@Component
public class RejectOfficialAccountWorker {

    private final OfficialAccountRepository accounts;
    private final OfficialRepository officials;
    private final AccountRegistry registry;
    private final Mailer mailer;
    private final TransactionTemplate tx;

    RejectOfficialAccountWorker(
            OfficialAccountRepository accounts,
            OfficialRepository officials,
            AccountRegistry registry,
            Mailer mailer,
            TransactionTemplate tx) {
        this.accounts = accounts;
        this.officials = officials;
        this.registry = registry;
        this.mailer = mailer;
        this.tx = tx;
    }

    @JobWorker(type = "rejectOfficialAccount")
    public void rejectOfficialAccount(ActivatedJob job, @Variable long accountId, @Variable String rejectionReason) {
        OfficialAccount account = tx.execute(status -> {
            OfficialAccount a = accounts.findById(accountId).orElseThrow();
            a.rejected(rejectionReason);
            registry.record(a, "reject:" + job.getElementInstanceKey(), "Diskominfotik", "Ditolak: " + rejectionReason);
            return a;
        });
        Official official = officials.findById(account.getOfficialNip()).orElseThrow();
        mailer.sendOnce(
                "rejectOfficialAccount:" + job.getElementInstanceKey(),
                null,
                official.getEmail(),
                "[Tanggap] Akun " + account.getPlatform() + " " + account.getHandle() + " belum dapat diverifikasi",
                "account-rejected",
                Map.of("official", official, "account", account, "reason", rejectionReason));
    }
}
