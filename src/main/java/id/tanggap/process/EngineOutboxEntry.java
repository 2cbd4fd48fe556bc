package id.tanggap.process;

import id.tanggap.shared.DeliveryAttempts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A process start or message that still has to reach the engine, written in the transaction of the change that caused it. */
@Entity
@Table(name = "engine_outbox")
class EngineOutboxEntry {

    enum Kind {
        MESSAGE,
        START
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String name;

    @Column(name = "correlation_key")
    private String correlationKey;

    @Column(name = "message_id")
    private String messageId;

    private String variables;

    @Column(name = "time_to_live_seconds")
    private Long timeToLiveSeconds;

    /** When the change that caused the entry was committed; never rewritten (a late save must not move it). */
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Embedded
    private DeliveryAttempts delivery = new DeliveryAttempts();

    @Column(name = "process_instance_key")
    private Long processInstanceKey;

    protected EngineOutboxEntry() {}

    EngineOutboxEntry(
            Kind kind,
            String name,
            String correlationKey,
            String messageId,
            String variables,
            Duration timeToLive,
            Instant now) {
        this.kind = kind;
        this.name = name;
        this.correlationKey = correlationKey;
        this.messageId = messageId;
        this.variables = variables;
        this.timeToLiveSeconds = timeToLive == null ? null : timeToLive.toSeconds();
        this.createdAt = now;
    }

    void published(Instant now, Long processInstanceKey) {
        this.publishedAt = now;
        this.processInstanceKey = processInstanceKey;
        delivery.delivered();
    }

    void failed(String error, Instant retryAt) {
        delivery.failed(error, retryAt);
    }

    Long getId() {
        return id;
    }

    Kind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getCorrelationKey() {
        return correlationKey;
    }

    String getMessageId() {
        return messageId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getVariables() {
        return variables;
    }

    Duration getTimeToLive() {
        return timeToLiveSeconds == null ? null : Duration.ofSeconds(timeToLiveSeconds);
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    int getAttempts() {
        return delivery.count();
    }
}
