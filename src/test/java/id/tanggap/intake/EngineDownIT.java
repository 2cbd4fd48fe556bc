package id.tanggap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.process.ProcessModels;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import io.camunda.client.CamundaClient;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing lost: a case accepted while the engine cannot be reached stays in the outbox, and the
 * relay starts its process as soon as the engine answers again.
 */
class EngineDownIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStartOutboxRepository outbox;

    @Autowired
    ProcessStartRelay relay;

    @Autowired
    ProcessModels models;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aCaseAcceptedWhileTheEngineIsDownStartsWhenItIsBack() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        try (CamundaClient down = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://127.0.0.1:" + deadPort))
                .preferRestOverGrpc(false).defaultRequestTimeout(Duration.ofSeconds(2)).build()) {
            ProcessStartRelay relayToDeadEngine = new ProcessStartRelay(new id.tanggap.process.StartMessages(down, models), outbox, tx, Clock.systemUTC());

            // the intake answers 201 whatever the engine does: the case and its outbox row are stored first
            var r = new Api(port).post("/api/complaints", Api.complaint("WEB", "down-" + UUID.randomUUID(), "SAMPAH", "Ani", false));
            assertThat(r.status()).isEqualTo(201);
            String ticket = r.json().get("ticket").asText();
            long outboxId = jdbc.queryForObject("SELECT id FROM process_start_outbox WHERE ticket = ?", Long.class, ticket);

            // (the application's relay published it right away; take that back to play the engine being down)
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM process_start_outbox WHERE id = ? AND published_at IS NOT NULL", Integer.class, outboxId) == 1);
            // publishing to the unreachable engine fails and is recorded, nothing else changes
            jdbc.update("UPDATE process_start_outbox SET published_at = NULL WHERE id = ?", outboxId);
            assertThat(relayToDeadEngine.publish(outboxId)).isFalse();
            var row = jdbc.queryForMap("SELECT published_at, attempts, last_error FROM process_start_outbox WHERE id = ?", outboxId);
            assertThat(row.get("published_at")).isNull();
            assertThat(row.get("last_error")).isNotNull();

            // the engine is back (the application's own client): the sweep publishes, and exactly one instance runs
            relay.sweep();
            await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM process_start_outbox WHERE id = ? AND published_at IS NOT NULL", Integer.class, outboxId) == 1);
            Long instance = await().atMost(Duration.ofSeconds(15)).until(
                    () -> jdbc.queryForObject("SELECT process_instance_key FROM complaint WHERE ticket = ?", Long.class, ticket), k -> k != null);
            long complaintId = jdbc.queryForObject("SELECT id FROM complaint WHERE ticket = ?", Long.class, ticket);
            assertThat(ENGINE.processInstances("complaint-handling").stream()
                    .filter(k -> ENGINE.processVariables(k).get("complaintId") instanceof Number n && n.longValue() == complaintId)).hasSize(1);
            assertThat(instance).isNotNull();
        }
    }
}
