package id.tanggap.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The engine outbox's relay: entries the engine refuses wait and do not hold back the others; writing needs the caller's transaction. */
class EngineRelayIT extends IntegrationTest {

    @Autowired
    EngineGateway gateway;

    @Autowired
    EngineRelay relay;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEntryTheEngineRefusesWaitsWithBackoffAndDoesNotHoldBackTheOthers() {
        String bad = "bad-start-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> gateway.startLater("tanggap-no-such-process", bad, Map.of("x", 1)));
        // tried right after the commit: the engine knows no such process
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject(
                                "SELECT attempts FROM engine_outbox WHERE message_id = ?", Integer.class, bad)
                        == 1);
        assertThat(jdbc.queryForObject("SELECT last_error FROM engine_outbox WHERE message_id = ?", String.class, bad))
                .isNotBlank();

        // a message left over from before a restart, queued behind the refused start
        String good = "left-over-" + UUID.randomUUID();
        jdbc.update(
                "INSERT INTO engine_outbox (kind, name, correlation_key, message_id, variables, time_to_live_seconds, created_at, attempts)"
                        + " VALUES ('MESSAGE', 'tanggap-test-nobody-waits', ?, ?, '{}', 60, NOW(6), 0)",
                good,
                good);
        jdbc.update("UPDATE engine_outbox SET next_attempt_at = NULL WHERE message_id = ?", bad); // its pause is over

        relay.sweep();

        // the sweep above does nothing when the scheduled one is under way (one sweep per instance at a time),
        // and that one may have looked for due entries before the INSERT: it then leaves them to the next
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject(
                        "SELECT published_at IS NOT NULL AND (SELECT attempts FROM engine_outbox WHERE message_id = ?) >= 2"
                                + " FROM engine_outbox WHERE message_id = ?",
                        Boolean.class,
                        bad,
                        good));
        var refused = jdbc.queryForMap(
                "SELECT attempts, published_at, next_attempt_at FROM engine_outbox WHERE message_id = ?", bad);
        assertThat(refused.get("attempts")).isEqualTo(2);
        assertThat(refused.get("published_at")).isNull();
        assertThat(refused.get("next_attempt_at")).isNotNull();
    }

    @Test
    void aStartOrMessageIsOnlyWrittenInTheCallersTransaction() {
        String id = "no-tx-" + UUID.randomUUID();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> gateway.publishLater("tanggap-test-nobody-waits", id, id, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM engine_outbox WHERE message_id = ?", Integer.class, id))
                .isZero();
    }
}
