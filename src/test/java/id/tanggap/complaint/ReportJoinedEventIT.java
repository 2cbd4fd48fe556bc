package id.tanggap.complaint;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaint module tells the notification module that a report joined a case by an event, not a call:
 * the event is stored with the join (Spring Modulith's publication registry, table EVENT_PUBLICATION) and
 * only leaves the registry once the listener's work is committed, so a failed listener leaves it for
 * republishing instead of losing the reporter's notice.
 */
class ReportJoinedEventIT extends IntegrationTest {

    private static final String INCOMPLETE_JOIN_EVENTS = "SELECT COUNT(*) FROM EVENT_PUBLICATION"
            + " WHERE COMPLETION_DATE IS NULL AND EVENT_TYPE = 'id.tanggap.complaint.ReportJoinedCase'"
            + " AND SERIALIZED_EVENT LIKE ?";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(new Api(port), runtime, jdbc);
    }

    @Test
    void aJoinedReportsReporterIsToldThroughTheEventAndNothingIsLeftIncomplete() {
        String email = "pelapor-" + UUID.randomUUID() + "@contoh.example";
        var first = cases.submit("POHON");
        var second =
                cases.submitJson(Api.complaint("WEB", null, "POHON", "Baiq Nurul", email, false, -8.58, 116.11, null));
        cases.triage(second, vars("triageDecision", "DUPLICATE", "duplicateOfTicket", first.ticket()));

        // the notification module's listener ran on the event: the reporter hears which case the report joined
        cases.mails(first, email, "digabungkan dengan aduan", 1);
        long reportId = (Long) cases.row(second).get("id");
        assertThat(jdbc.queryForObject(INCOMPLETE_JOIN_EVENTS, Long.class, "%\"reportId\":" + reportId + ",%"))
                .isZero();
    }

    @Test
    void anEventWhoseListenerFailsStaysInTheRegistryForRepublishing() {
        long unknown = -System.nanoTime();
        try {
            tx.executeWithoutResult(s -> events.publishEvent(new ReportJoinedCase(unknown, unknown - 1)));
        } catch (RuntimeException listenerFailedAfterCommit) {
            // the join itself is committed; only the notice is outstanding
        }
        String event = "%\"reportId\":" + unknown + ",%";
        try {
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(jdbc.queryForObject(INCOMPLETE_JOIN_EVENTS, Long.class, event))
                            .isEqualTo(1));
        } finally {
            jdbc.update("DELETE FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?", event);
        }
    }
}
