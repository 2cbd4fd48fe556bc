package id.tanggap.process;

import id.tanggap.shared.Backoff;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the engine outbox to the engine: each entry right after the transaction that wrote it
 * commits, and whatever is still due from a periodic sweep (the engine was down, the application
 * restarted). A failed entry waits before its next attempt, twice as long each time up to a cap, so
 * an engine that is down is not hammered. Messages carry their id, which the engine rejects while it
 * remembers it; that rejection counts as delivered, so relaying an entry twice starts or moves nothing twice.
 */
@Component
public class EngineRelay implements DisposableBean {

    /** How long a relay may work on an entry before another one may take it (longer than a request can take). */
    static final Duration LEASE = Duration.ofMinutes(1);

    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(EngineRelay.class);

    private final CamundaClient camunda;
    private final ProcessModels models;
    private final EngineOutboxRepository outbox;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retryBackoff;
    private final Duration maxRetryBackoff;
    private final Duration requestTimeout;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    EngineRelay(
            CamundaClient camunda,
            ProcessModels models,
            EngineOutboxRepository outbox,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${tanggap.outbox.retry-backoff:PT2S}") Duration retryBackoff,
            @Value("${tanggap.outbox.max-retry-backoff:PT5M}") Duration maxRetryBackoff,
            @Value("${tanggap.outbox.request-timeout:PT10S}") Duration requestTimeout) {
        this.camunda = camunda;
        this.models = models;
        this.outbox = outbox;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.retryBackoff = retryBackoff;
        this.maxRetryBackoff = maxRetryBackoff;
        this.requestTimeout = requestTimeout;
    }

    /** The same relay talking to another engine client (tests: an engine that cannot be reached). */
    public EngineRelay withClient(CamundaClient other) {
        return new EngineRelay(other, models, outbox, tx, events, clock, retryBackoff, maxRetryBackoff, requestTimeout);
    }

    /** Relays in the background; the sweep catches what this misses. */
    void publishSoon(long entryId) {
        executor.execute(() -> publish(entryId));
    }

    @Scheduled(fixedDelayString = "${tanggap.outbox.poll-interval:PT2S}", initialDelayString = "PT5S")
    public void sweep() {
        for (Long id : outbox.findDue(clock.instant(), PageRequest.of(0, BATCH))) {
            if (!publish(id)) {
                return; // the engine is not reachable now: the rest waits for the next sweep
            }
        }
    }

    /**
     * Relays one entry if it is due and nobody else is relaying it.
     *
     * @return false when the engine could not be reached (or has not got the processes yet): the sweep stops there
     */
    public boolean publish(long entryId) {
        if (!models.deployed()) {
            return false; // a start message before its process exists would start nothing
        }
        Instant now = clock.instant();
        if (outbox.claim(entryId, now, now.plus(LEASE)) == 0) {
            return true; // delivered already, not due yet, or another relay is on it
        }
        EngineOutboxEntry entry = outbox.findById(entryId).orElseThrow();
        Long instanceKey;
        try {
            instanceKey = send(entry);
        } catch (RuntimeException e) {
            Duration wait = backoffAfter(entry.getAttempts() + 1);
            log.warn(
                    "{} {} not yet in the engine (attempt {}), next try in {}: {}",
                    entry.getName(),
                    entry.getMessageId(),
                    entry.getAttempts() + 1,
                    wait,
                    e.getMessage());
            tx.executeWithoutResult(s -> outbox.findById(entryId)
                    .ifPresent(r -> r.failed(e.getMessage(), clock.instant().plus(wait))));
            return !engineUnreachable(e); // an entry the engine refuses does not hold back the others
        }
        tx.executeWithoutResult(s -> outbox.findById(entryId).ifPresent(r -> {
            r.published(clock.instant(), instanceKey);
            if (instanceKey != null) {
                events.publishEvent(new ProcessStarted(r.getName(), r.getMessageId(), instanceKey));
            }
        }));
        return true;
    }

    /** The engine (not this entry) is the problem: no answer, overloaded, or a call that timed out. */
    static boolean engineUnreachable(RuntimeException e) {
        if (e instanceof ClientStatusException status) {
            return switch (status.getStatusCode()) {
                case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, CANCELLED, UNKNOWN -> true;
                default -> false;
            };
        }
        if (e instanceof ProblemException problem) {
            return problem.code() >= 500 || problem.code() == 429;
        }
        return true; // timeouts and connection errors of the client
    }

    /** The pause before attempt n+1 after n failed attempts: the base, doubled per failure, at most the cap. */
    Duration backoffAfter(int failedAttempts) {
        return Backoff.after(failedAttempts, retryBackoff, maxRetryBackoff);
    }

    /** @return the new instance's key for a START, null for a message */
    private Long send(EngineOutboxEntry entry) {
        if (entry.getKind() == EngineOutboxEntry.Kind.START) {
            return camunda.newCreateInstanceCommand()
                    .bpmnProcessId(entry.getName())
                    .latestVersion()
                    .variables(entry.getVariables())
                    .send()
                    .join(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .getProcessInstanceKey();
        }
        try {
            var command = camunda.newPublishMessageCommand()
                    .messageName(entry.getName())
                    .correlationKey(entry.getCorrelationKey())
                    .messageId(entry.getMessageId())
                    .variables(entry.getVariables());
            if (entry.getTimeToLive() != null) {
                command = command.timeToLive(entry.getTimeToLive());
            }
            command.send().join(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                throw e; // otherwise: published before, the engine still remembers the id
            }
        } catch (ProblemException e) {
            if (e.code() != 409) {
                throw e;
            }
        }
        return null;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
