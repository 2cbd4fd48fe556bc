package id.tanggap.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tanggap.shared.Backoff;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * restarted, or the relay was busy). A failed entry waits before its next attempt, twice as long
 * each time up to a cap, with jitter so that entries that failed together do not come back together.
 * Messages carry their id, which the engine rejects while it remembers it; that rejection counts as
 * delivered, so relaying an entry twice starts or moves nothing twice.
 *
 * <p>Overload is not amplified: at most {@code tanggap.outbox.max-in-flight} requests are open at
 * once (what does not fit waits in the outbox for the next sweep, which starts as soon as a request
 * ends). When the engine pushes back (RESOURCE_EXHAUSTED) or cannot be reached, the whole relay
 * pauses, longer with each consecutive push-back, instead of sending the rest into the same wall. A
 * request the engine did not answer in time (DEADLINE_EXCEEDED) delays only its own entry: a busy
 * engine is still taking the others, and pausing everything for it starved the starts of new cases
 * (measured in the benchmark: cases reaching triage fell to a tenth). Every instance of the application runs
 * a relay; an entry is claimed by a conditional update (a lease) so only one of them sends it.
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
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration retryBackoff;
    private final Duration maxRetryBackoff;
    private final Duration requestTimeout;
    private final int maxInFlight;
    private final Duration overloadPause;
    private final Duration maxOverloadPause;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    /** Open requests to the engine (right after a commit and from the sweep together). */
    private final Semaphore inFlight;
    /** One sweep at a time in this instance. */
    private final AtomicBoolean sweeping = new AtomicBoolean();
    /** An entry was left for the sweep because the relay was full or paused. */
    private final AtomicBoolean behind = new AtomicBoolean();
    /** Consecutive push-backs of the engine; reset by the next entry it takes. */
    private final AtomicInteger overloads = new AtomicInteger();

    private volatile Instant pausedUntil = Instant.EPOCH;

    EngineRelay(
            CamundaClient camunda,
            ProcessModels models,
            EngineOutboxRepository outbox,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            ObjectMapper json,
            Clock clock,
            @Value("${tanggap.outbox.retry-backoff:PT2S}") Duration retryBackoff,
            @Value("${tanggap.outbox.max-retry-backoff:PT5M}") Duration maxRetryBackoff,
            @Value("${tanggap.outbox.request-timeout:PT5S}") Duration requestTimeout,
            @Value("${tanggap.outbox.max-in-flight:32}") int maxInFlight,
            @Value("${tanggap.outbox.overload-pause:PT0.2S}") Duration overloadPause,
            @Value("${tanggap.outbox.max-overload-pause:PT10S}") Duration maxOverloadPause) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("tanggap.outbox.max-in-flight must be at least 1");
        }
        this.camunda = camunda;
        this.models = models;
        this.outbox = outbox;
        this.tx = tx;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.retryBackoff = retryBackoff;
        this.maxRetryBackoff = maxRetryBackoff;
        this.requestTimeout = requestTimeout;
        this.maxInFlight = maxInFlight;
        this.overloadPause = overloadPause;
        this.maxOverloadPause = maxOverloadPause;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /** The same relay talking to another engine client (tests: an engine that cannot be reached or pushes back). */
    public EngineRelay withClient(CamundaClient other) {
        return new EngineRelay(
                other,
                models,
                outbox,
                tx,
                events,
                json,
                clock,
                retryBackoff,
                maxRetryBackoff,
                requestTimeout,
                maxInFlight,
                overloadPause,
                maxOverloadPause);
    }

    /**
     * Relays in the background when a request slot is free and the engine is not pushing back;
     * otherwise the entry stays in the outbox for the sweep, which starts once a slot is free again.
     */
    void publishSoon(long entryId) {
        if (paused() || !inFlight.tryAcquire()) {
            behind.set(true);
            return;
        }
        executor.execute(() -> {
            try {
                attempt(entryId);
            } finally {
                inFlight.release();
                catchUp();
            }
        });
    }

    /** Entries were left for the sweep: sweep now rather than at the next tick, unless the engine is pushing back. */
    private void catchUp() {
        if (behind.get() && !paused() && !sweeping.get()) {
            executor.execute(this::sweep);
        }
    }

    /**
     * Sends what is due, up to the in-flight limit at a time, until nothing is due or the engine
     * pushes back. Returns once every request it started has ended.
     */
    @Scheduled(fixedDelayString = "${tanggap.outbox.poll-interval:PT2S}", initialDelayString = "PT5S")
    public void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return; // this instance sweeps already
        }
        try {
            behind.set(false);
            List<Long> due;
            do {
                due = paused() ? List.of() : outbox.findDue(clock.instant(), PageRequest.of(0, BATCH));
                if (!sendAll(due)) {
                    return; // the engine is not reachable now or pushes back: the rest waits for the next sweep
                }
            } while (due.size() == BATCH || behind.getAndSet(false));
        } finally {
            sweeping.set(false);
        }
        catchUp(); // an entry left behind between the last look and the end of this sweep
    }

    /** @return false when the engine could not be reached or pushed back */
    private boolean sendAll(List<Long> ids) {
        AtomicBoolean reachable = new AtomicBoolean(true);
        List<Future<?>> started = new ArrayList<>();
        try {
            for (Long id : ids) {
                inFlight.acquire();
                if (!reachable.get() || paused()) {
                    inFlight.release();
                    break;
                }
                started.add(executor.submit(() -> {
                    try {
                        if (!attempt(id)) {
                            reachable.set(false);
                        }
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> f : started) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return reachable.get();
    }

    /**
     * Relays one entry now if it is due and nobody else is relaying it (tests; the relay itself goes
     * through {@link #publishSoon} and {@link #sweep}). It takes one of the in-flight slots.
     *
     * @return false when the engine could not be reached (or has not got the processes yet)
     */
    public boolean publish(long entryId) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return attempt(entryId);
        } finally {
            inFlight.release();
        }
    }

    private boolean attempt(long entryId) {
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
            boolean engineProblem = engineUnreachable(e);
            Duration wait = jitter(backoffAfter(entry.getAttempts() + 1));
            if (engineProblem) {
                pause();
            }
            log.warn(
                    "{} {} not yet in the engine (attempt {}), next try in {}: {}",
                    entry.getName(),
                    entry.getMessageId(),
                    entry.getAttempts() + 1,
                    wait,
                    e.getMessage());
            tx.executeWithoutResult(s -> outbox.findById(entryId)
                    .ifPresent(r -> r.failed(e.getMessage(), clock.instant().plus(wait))));
            return !engineProblem; // an entry the engine refuses or answers late does not hold back the others
        }
        overloads.set(0);
        tx.executeWithoutResult(s -> outbox.findById(entryId).ifPresent(r -> {
            r.published(clock.instant(), instanceKey);
            if (instanceKey != null) {
                events.publishEvent(new ProcessStarted(r.getName(), r.getMessageId(), instanceKey));
            }
        }));
        return true;
    }

    /** The engine pushed back or did not answer: nothing new is sent to it for a while, longer each time in a row. */
    private void pause() {
        Duration pause = jitter(Backoff.after(overloads.incrementAndGet(), overloadPause, maxOverloadPause));
        Instant until = clock.instant().plus(pause);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
        behind.set(true);
        executor.execute(
                () -> { // resume on its own once the pause is over, not only at the next tick
                    try {
                        Thread.sleep(pause);
                        catchUp();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }

    boolean paused() {
        return clock.instant().isBefore(pausedUntil);
    }

    /** "Equal jitter": between half the pause and the whole of it, so entries that failed together spread out. */
    static Duration jitter(Duration pause) {
        long half = pause.toMillis() / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /**
     * The engine (not this entry) is the problem and nothing else should be sent for a while: it pushes back or
     * cannot be reached. A request that timed out (DEADLINE_EXCEEDED, the gateway's 504 or the client's own
     * timeout) is not: the engine is busy but working, so only that entry waits for its next attempt.
     */
    static boolean engineUnreachable(RuntimeException e) {
        if (e instanceof ClientStatusException status) {
            return switch (status.getStatusCode()) {
                case UNAVAILABLE, RESOURCE_EXHAUSTED, UNKNOWN -> true;
                default -> false;
            };
        }
        if (e instanceof ProblemException problem) {
            return problem.code() == 429 || problem.code() == 502 || problem.code() == 503;
        }
        if (e.getCause() instanceof TimeoutException) {
            return false; // the client's own timeout: the engine did not answer in time
        }
        return true; // connection errors of the client
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
                    .variables(variablesOf(entry))
                    .requestTimeout(requestTimeout)
                    .send()
                    .join(requestTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS)
                    .getProcessInstanceKey();
        }
        try {
            var command = camunda.newPublishMessageCommand()
                    .messageName(entry.getName())
                    .correlationKey(entry.getCorrelationKey())
                    .messageId(entry.getMessageId())
                    .variables(variablesOf(entry));
            if (entry.getTimeToLive() != null) {
                command = command.timeToLive(entry.getTimeToLive());
            }
            command.requestTimeout(requestTimeout).send().join(requestTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
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

    /**
     * The entry's variables as they go to the engine: {@link EngineGateway#QUEUED_FOR}, where the entry names it, is
     * how long the entry has waited since it was written, in whole milliseconds (never negative: another instance's
     * clock may run ahead).
     */
    String variablesOf(EngineOutboxEntry entry) {
        String variables = entry.getVariables();
        if (variables == null || !variables.contains('"' + EngineGateway.QUEUED_FOR + '"')) {
            return variables;
        }
        try {
            if (!(json.readTree(variables) instanceof ObjectNode node) || !node.has(EngineGateway.QUEUED_FOR)) {
                return variables;
            }
            // in milliseconds, as the engine's own clock: the receipt it computes keeps the form of now()
            Duration waited =
                    Duration.between(entry.getCreatedAt(), clock.instant()).truncatedTo(ChronoUnit.MILLIS);
            node.put(EngineGateway.QUEUED_FOR, (waited.isNegative() ? Duration.ZERO : waited).toString());
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("engine outbox entry " + entry.getId() + " holds no JSON object", e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
