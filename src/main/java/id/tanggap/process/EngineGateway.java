package id.tanggap.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way the application tells the engine something: a process start or a message is written
 * to the engine outbox in the caller's transaction (so it exists exactly when the change that caused
 * it was committed) and {@link EngineRelay} brings it to the engine after the commit, retrying with
 * backoff while the engine cannot be reached. Nothing else sends commands to the engine.
 */
@Component
public class EngineGateway {

    /**
     * A message variable the relay fills in: a message whose variables name it (with any value, e.g. {@code "PT0S"})
     * reaches the engine with the time it waited in the outbox, as an ISO-8601 duration. A process counts its clocks
     * from {@code now() - duration(queuedFor)}: the moment the application accepted the change, on the engine's own
     * clock, however long the engine could not be reached.
     */
    public static final String QUEUED_FOR = "queuedFor";

    /** How long the engine keeps a message nobody waits for yet, and remembers its id. */
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofHours(1);

    private final EngineOutboxRepository outbox;
    private final EngineRelay relay;
    private final ObjectMapper json;
    private final Clock clock;

    EngineGateway(EngineOutboxRepository outbox, EngineRelay relay, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
    }

    /** The same gateway handing its entries to another relay after the commit (tests: one whose engine cannot be reached). */
    public EngineGateway withRelay(EngineRelay other) {
        return new EngineGateway(outbox, other, json, clock);
    }

    /**
     * Publishes a message (to a waiting instance or a message start event) after the caller's
     * transaction commits. The message id makes a second publication harmless: the engine rejects
     * it while it remembers the id, and a second call with the same id in the application writes nothing.
     *
     * @return false when a message with this id was already written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean publishLater(String messageName, String correlationKey, String messageId, Map<String, ?> variables) {
        return publishLater(messageName, correlationKey, messageId, variables, DEFAULT_TIME_TO_LIVE);
    }

    /** As above, with the message's time to live. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean publishLater(
            String messageName,
            String correlationKey,
            String messageId,
            Map<String, ?> variables,
            Duration timeToLive) {
        return write(new EngineOutboxEntry(
                EngineOutboxEntry.Kind.MESSAGE,
                messageName,
                correlationKey,
                messageId,
                toJson(variables),
                timeToLive,
                clock.instant()));
    }

    /**
     * Creates an instance of the latest version of a process (one with a none start event) after
     * the caller's transaction commits; {@link ProcessStarted} names the instance once it exists.
     * Prefer a message start event with {@link #publishLater}: an instance created by a call whose
     * answer was lost (a timeout after the engine accepted it) is created again on the retry.
     *
     * @param startId unique for this start (e.g. "official-account:42")
     * @return false when a start with this id was already written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean startLater(String bpmnProcessId, String startId, Map<String, ?> variables) {
        return write(new EngineOutboxEntry(
                EngineOutboxEntry.Kind.START, bpmnProcessId, null, startId, toJson(variables), null, clock.instant()));
    }

    private boolean write(EngineOutboxEntry entry) {
        if (outbox.existsByMessageId(entry.getMessageId())) {
            return false;
        }
        long id = outbox.saveAndFlush(entry).getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.publishSoon(id);
            }
        });
        return true;
    }

    private String toJson(Map<String, ?> variables) {
        try {
            return json.writeValueAsString(variables == null ? Map.of() : variables);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("variables cannot be written as JSON", e);
        }
    }
}
