package id.tanggap.intake;

import id.tanggap.process.StartMessages;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings accepted cases to the engine: publishes the {@code complaint-accepted} message that starts
 * {@code complaint-handling}, right after the intake commits and again from a periodic sweep for
 * whatever is still pending (the engine was down, the app restarted). The ticket is both the
 * correlation key and the message id, so the engine starts one instance per case however often
 * the same case is published.
 */
@Component
class ProcessStartRelay implements DisposableBean {

    static final String MESSAGE = "complaint-accepted";
    /** How long the engine remembers a message id, and so how long it rejects a republished one. */
    static final Duration MESSAGE_TTL = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(ProcessStartRelay.class);

    private final StartMessages messages;
    private final ProcessStartOutboxRepository outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    ProcessStartRelay(StartMessages messages, ProcessStartOutboxRepository outbox, TransactionTemplate tx, Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    /** Publishes in the background; the sweep catches what this misses. */
    void publishSoon(long outboxId) {
        executor.execute(() -> publish(outboxId));
    }

    @Scheduled(fixedDelayString = "${tanggap.outbox.poll-interval:PT2S}", initialDelayString = "PT5S")
    void sweep() {
        for (ProcessStartOutbox row : outbox.findByPublishedAtIsNullOrderByIdAsc(Limit.of(200))) {
            if (!publish(row.getId())) {
                return; // the engine is not reachable now: try the rest on the next sweep
            }
        }
    }

    /** @return false when the engine could not be reached */
    boolean publish(long outboxId) {
        ProcessStartOutbox row = outbox.findById(outboxId).orElse(null);
        if (row == null || row.getPublishedAt() != null) {
            return true;
        }
        StartMessages.Outcome outcome = messages.publishOnce(MESSAGE, row.getTicket(), MESSAGE_TTL, Map.of("complaintId", row.getComplaintId()));
        if (outcome.delivered()) {
            markPublished(outboxId);
            return true;
        }
        if (outcome.kind() == StartMessages.Outcome.Kind.FAILED) {
            log.warn("case {} not yet started in the engine, will retry: {}", row.getTicket(), outcome.error());
            tx.executeWithoutResult(st -> outbox.findById(outboxId).ifPresent(r -> r.failed(outcome.error())));
        }
        return false;
    }

    private void markPublished(long outboxId) {
        tx.executeWithoutResult(s -> outbox.findById(outboxId).ifPresent(r -> r.published(clock.instant())));
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
