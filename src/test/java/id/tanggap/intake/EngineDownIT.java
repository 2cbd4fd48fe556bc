package id.tanggap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.process.EngineRelay;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.OutboxRows;
import io.camunda.client.CamundaClient;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing lost: a case accepted while the engine cannot be reached stays in the engine outbox, and
 * the relay starts its process as soon as the engine answers again.
 */
class EngineDownIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EngineRelay relay;

    @Test
    void aCaseAcceptedWhileTheEngineIsDownStartsWhenItIsBack() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        try (CamundaClient down = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + deadPort))
                .preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(2))
                .build()) {
            EngineRelay relayToDeadEngine = relay.withClient(down);

            // the intake answers 201 whatever the engine does: the case and its outbox row are stored first
            var r = new Api(port)
                    .post("/api/complaints", Api.complaint("WEB", "down-" + UUID.randomUUID(), "SAMPAH", "Ani", false));
            assertThat(r.status()).isEqualTo(201);
            String ticket = r.json().get("ticket").asText();
            long outboxId = OutboxRows.idOf(jdbc, ticket);

            // (the application's relay published it right away; take that back to play the engine being down)
            await().atMost(Duration.ofSeconds(10)).until(() -> OutboxRows.published(jdbc, outboxId));
            OutboxRows.unpublish(jdbc, outboxId);
            // publishing to the unreachable engine fails and is recorded, with a pause before the next attempt
            assertThat(relayToDeadEngine.publish(outboxId)).isFalse();
            var row = OutboxRows.row(jdbc, outboxId);
            assertThat(row.get("published_at")).isNull();
            assertThat(row.get("last_error")).isNotNull();
            assertThat(row.get("next_attempt_at")).isNotNull();
            // within the pause, not even the working relay tries again
            assertThat(relay.publish(outboxId)).isTrue();
            assertThat(OutboxRows.row(jdbc, outboxId).get("published_at")).isNull();

            // the engine is back (the application's own client): the sweep publishes once the pause is over, and
            // exactly one instance runs
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        relay.sweep();
                        return OutboxRows.published(jdbc, outboxId);
                    });
            Long instance = await().atMost(Duration.ofSeconds(15))
                    .until(() -> ComplaintRows.processInstance(jdbc, ticket), k -> k != null);
            long complaintId = ComplaintRows.id(jdbc, ticket);
            assertThat(ENGINE.instancesOfComplaint("complaint-handling", complaintId))
                    .isEqualTo(1);
            assertThat(instance).isNotNull();
        }
    }
}
