package id.tanggap.monitoring;

import static org.awaitility.Awaitility.await;

import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.testsupport.InMemoryZeebe;
import io.camunda.zeebe.client.ZeebeClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The monitoring ITs' one way to run social-media-compliance for an account and read the check it stored. */
final class ComplianceRuns {

    private ComplianceRuns() {}

    /** Runs the daily check for this account alone and waits until the instance has completed. */
    static long run(OfficialAccount a) {
        InMemoryZeebe engine = InMemoryZeebe.get();
        try (ZeebeClient client = engine.engine().createClient()) {
            long instance = client.newCreateInstanceCommand()
                    .bpmnProcessId("social-media-compliance")
                    .latestVersion()
                    .variables(Map.of("requestedAccountIds", List.of(a.getId())))
                    .send()
                    .join()
                    .getProcessInstanceKey();
            await().atMost(Duration.ofSeconds(60)).until(() -> engine.isCompleted(instance));
            return instance;
        }
    }

    /** Keeps the daily runs of later tests away from this account: a rejected account is not checked. */
    static void retire(OfficialAccounts accounts, OfficialAccount a) {
        OfficialAccount stored = accounts.load(a.getId());
        stored.rejected("test finished");
        accounts.save(stored);
    }

    static Map<String, Object> lastCheck(JdbcTemplate jdbc, OfficialAccount a) {
        return jdbc.queryForMap(
                "SELECT * FROM compliance_check WHERE account_id = ? ORDER BY check_date DESC LIMIT 1", a.getId());
    }
}
