package id.tanggap.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.tanggap.notification.Mailer;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.process.EngineGateway;
import id.tanggap.process.EngineRelay;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.StaffUser;
import id.tanggap.testsupport.AccountRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.OutboxRows;
import io.camunda.client.CamundaClient;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding 11: an account submitted while the engine cannot be reached used to fail after its row was
 * committed (stuck SUBMITTED, and a second submission refused as a duplicate). Now the start is
 * queued with the account and reaches the engine once it answers again, exactly once.
 */
class AccountSubmissionEngineDownIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    id.tanggap.audit.AuditTrail audit;

    @Autowired
    Officials officials;

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    Mailer mailer;

    @Autowired
    EngineGateway gateway;

    @Autowired
    EngineRelay relay;

    @Autowired
    TransactionTemplate tx;

    private static final StaffUser DISKOMINFO = new StaffUser() {
        public String username() {
            return "diskominfo";
        }

        public String opdCode() {
            return null;
        }

        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of(new SimpleGrantedAuthority("ROLE_DISKOMINFO"));
        }
    };

    @Test
    void anAccountSubmittedWhileTheEngineIsDownReachesVerificationWhenItIsBack() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        try (CamundaClient down = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + deadPort))
                .preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(2))
                .build()) {
            // the registry as the application has it, except that its engine cannot be reached
            AccountRegistry registryWithEngineDown = new AccountRegistry(
                    officials,
                    accounts,
                    mailer,
                    gateway.withRelay(relay.withClient(down)),
                    tx,
                    Clock.systemUTC(),
                    audit);

            // (the models are in the engine, the base class waits for them: only the engine being unreachable keeps the
            // start back)
            String nip = "198002172005011005";
            OfficialAccount account = registryWithEngineDown.submit(
                    nip,
                    new AccountRegistry.Submission(
                            "FACEBOOK", "ketut.engine.down", "https://www.facebook.com/ketut.engine.down", null),
                    DISKOMINFO);

            // accepted and queued; the attempt after the commit failed and waits before the next one
            String startId = "official-account:" + account.getId();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> ((Number) OutboxRows.row(jdbc, OutboxRows.idOf(jdbc, startId))
                                            .get("attempts"))
                                    .intValue()
                            >= 1);
            var row = OutboxRows.row(jdbc, OutboxRows.idOf(jdbc, startId));
            assertThat(row.get("kind")).isEqualTo("MESSAGE");
            assertThat(row.get("published_at")).isNull();
            assertThat(row.get("last_error")).isNotNull();
            assertThat(row.get("next_attempt_at")).isNotNull();
            assertThat(accounts.load(account.getId()).getStatus()).isEqualTo("SUBMITTED");
            assertThat(AccountRows.processInstance(jdbc, account.getId())).isNull();
            // nobody has to submit it again (which is still refused as a duplicate: it is registered)
            assertThatThrownBy(() -> registryWithEngineDown.submit(
                            nip,
                            new AccountRegistry.Submission(
                                    "FACEBOOK",
                                    "ketut.engine.down",
                                    "https://www.facebook.com/ketut.engine.down",
                                    null),
                            DISKOMINFO))
                    .isInstanceOf(InvalidInputException.class);

            // the engine is back: the sweep starts the verification once the pause is over, and notes the instance on
            // the account
            long instance = await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> {
                                relay.sweep();
                                return AccountRows.processInstance(jdbc, account.getId());
                            },
                            k -> k != null);
            var task = runtime.awaitUserTask(instance, "Task_VerifyAccount");
            assertThat(task.candidateGroups()).containsExactly("diskominfo");

            // relayed again (a second sweep), or the start message sent again as after a lost answer: still one
            // verification for this account (the message id is the account's, and the engine rejects a repeat)
            relay.sweep();
            long entry = OutboxRows.idOf(jdbc, startId);
            OutboxRows.unpublish(jdbc, entry);
            assertThat(relay.publish(entry)).isTrue();
            ENGINE.waitForIdle();
            assertThat(ENGINE.processInstances("official-account-verification").stream()
                            .filter(k -> ENGINE.processVariables(k).get("accountId") instanceof Number n
                                    && n.longValue() == account.getId()))
                    .hasSize(1);
        }
    }
}
