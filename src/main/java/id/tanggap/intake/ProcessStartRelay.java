package id.tanggap.intake;

import id.tanggap.process.ProcessModels;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

    private final CamundaClient camunda;
    private final ProcessModels models;
    private final ProcessStartOutboxRepository outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    ProcessStartRelay(CamundaClient camunda, ProcessModels models, ProcessStartOutboxRepository outbox, TransactionTemplate tx, Clock clock) {
        this.camunda = camunda;
        this.models = models;
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
        if (!models.deployed()) {
            return false; // a start message before the process exists would start nothing
        }
        ProcessStartOutbox row = outbox.findById(outboxId).orElse(null);
        if (row == null || row.getPublishedAt() != null) {
            return true;
        }
        try {
            camunda.newPublishMessageCommand()
                    .messageName(MESSAGE)
                    .correlationKey(row.getTicket())
                    .messageId(row.getTicket())
                    .timeToLive(MESSAGE_TTL)
                    .variables(Map.of("complaintId", row.getComplaintId()))
                    .send()
                    .join(10, TimeUnit.SECONDS);
            markPublished(outboxId);
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.ALREADY_EXISTS) {
                markPublished(outboxId);
                return true;
            }
            return failed(outboxId, row.getTicket(), e);
        } catch (ProblemException e) {
            if (e.code() == 409) {
                markPublished(outboxId);
                return true;
            }
            return failed(outboxId, row.getTicket(), e);
        } catch (RuntimeException e) {
            return failed(outboxId, row.getTicket(), e);
        }
    }

    private void markPublished(long outboxId) {
        tx.executeWithoutResult(s -> outbox.findById(outboxId).ifPresent(r -> r.published(clock.instant())));
    }

    private boolean failed(long outboxId, String ticket, RuntimeException e) {
        log.warn("case {} not yet started in the engine, will retry: {}", ticket, e.getMessage());
        tx.executeWithoutResult(s -> outbox.findById(outboxId).ifPresent(r -> r.failed(e.getMessage())));
        return false;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
