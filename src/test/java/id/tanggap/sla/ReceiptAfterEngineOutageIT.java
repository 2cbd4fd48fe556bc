package id.tanggap.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.intake.ComplaintIntake;
import id.tanggap.shared.Channel;
import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A complaint's clocks run from when Tanggap accepted it, not from when the engine heard of it: a case whose start
 * waited two hours in the outbox (the engine could not be reached) is due two hours sooner than one that arrives
 * now, on the engine's own clock.
 */
class ReceiptAfterEngineOutageIT extends CaseScenarioTest {

    private static final Duration OUTAGE = Duration.ofHours(2);

    @Autowired
    ComplaintIntake intake;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aComplaintThatWaitedForTheEngineCountsItsServiceLevelsFromItsReceipt() {
        Instant engineBefore = runtime.engineNow();
        // accepted while the engine could not be reached; when the relay finally brings its start message, the
        // message has waited two hours in the outbox
        String ticket = tx.execute(s -> {
            var accepted = intake.submit(Cases.channelMessage(
                    Channel.WEB,
                    "outage-" + UUID.randomUUID(),
                    "JALAN_RUSAK",
                    "Baiq Nurul",
                    "baiq.nurul@example.org",
                    -8.58,
                    116.1,
                    null));
            jdbc.update(
                    "UPDATE engine_outbox SET created_at = created_at - INTERVAL 2 HOUR WHERE message_id = ?",
                    accepted.ticket());
            return accepted.ticket();
        });
        var c = new Cases.Case(ticket, cases.instanceOf(ticket));
        Instant engineAfter = runtime.engineNow();

        // received two hours before the engine started the case (give or take the time this test took)
        Instant received = ProcessDates.parse(String.valueOf(cases.variable(c, "receivedAt")));
        assertThat(received)
                .isBetween(engineBefore.minus(OUTAGE).minus(Duration.ofMinutes(1)), engineAfter.minus(OUTAGE));

        // the OPD's first response (NORMAL: 48 clock hours) is due 48 hours after that receipt: 46 hours from now
        cases.triageValid(c, "JALAN_RUSAK");
        Instant due =
                ProcessDates.parse(cases.task(c, "Task_RespondToComplaint").dueDate());
        assertThat(Duration.between(received, due))
                .isBetween(Duration.ofHours(48).minusSeconds(1), Duration.ofHours(48));
        assertThat(due).isBefore(engineAfter.plus(Duration.ofHours(46)));
    }
}
