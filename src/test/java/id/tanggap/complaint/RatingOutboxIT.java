package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.process.EngineRelay;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.OutboxRows;
import io.camunda.zeebe.process.test.filters.MessageRecordStreamFilter;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 11: the rating reaches the waiting process through the engine outbox, written with the
 * rating, instead of a publish inside the transaction; relaying it again publishes nothing twice.
 */
class RatingOutboxIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EngineRelay relay;

    @Test
    void theRatingGoesThroughTheOutboxAndIsPublishedOnceEvenWhenRelayedTwice() {
        Cases cases = new Cases(new Api(port), runtime, jdbc);
        var c = cases.submit("SAMPAH");
        cases.triageValid(c, "SAMPAH");
        cases.respond(c, "Petugas kebersihan dijadwalkan.");
        cases.resolve(c, "Sampah sudah diangkut.");
        assertThat(cases.rate(c, 5).status()).isEqualTo(202);

        String round = c.ticket() + ":" + cases.row(c).get("resolution_round");
        String messageId = round + ":rating";
        long entry = OutboxRows.idOf(jdbc, messageId);
        assertThat(OutboxRows.row(jdbc, entry))
                .containsEntry("name", "complaint-confirmed")
                .containsEntry("correlation_key", round);
        await().atMost(Duration.ofSeconds(15)).until(() -> OutboxRows.published(jdbc, entry));
        cases.task(c, "Task_VerifyClosure"); // the waiting process got the rating

        // delivered a second time (a sweep after a lost acknowledgement): the engine refuses the known id, which counts
        // as delivered
        OutboxRows.unpublish(jdbc, entry);
        assertThat(relay.publish(entry)).isTrue();
        assertThat(OutboxRows.published(jdbc, entry)).isTrue();
        // the engine answers the second publish with a rejection (the daily timers of other processes keep it busy,
        // so wait for that answer rather than for an idle engine)
        await().atMost(Duration.ofSeconds(60))
                .until(() -> new MessageRecordStreamFilter(ENGINE.records().messageRecords())
                        .withCorrelationKey(round).stream()
                                .anyMatch(r -> r.getRecordType() == RecordType.COMMAND_REJECTION));
        assertThat(new MessageRecordStreamFilter(ENGINE.records().messageRecords())
                                .withMessageName("complaint-confirmed")
                                .withCorrelationKey(round)
                                .withIntent(MessageIntent.PUBLISHED)
                                .stream()
                                .filter(r -> r.getRecordType() == RecordType.EVENT))
                .hasSize(1);
        assertThat(new MessageRecordStreamFilter(ENGINE.records().messageRecords())
                        .withCorrelationKey(round).stream()
                                .filter(r -> r.getRecordType() == RecordType.COMMAND_REJECTION))
                .hasSize(1);
        assertThat(cases.row(c).get("rating")).isEqualTo(5);
    }
}
