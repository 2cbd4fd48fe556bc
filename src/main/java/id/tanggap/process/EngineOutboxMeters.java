package id.tanggap.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Operators' gauges of the engine outbox: what the engine has not taken yet, and how long the oldest has waited. */
@Component
class EngineOutboxMeters implements MeterBinder {

    private final EngineOutboxRepository outbox;
    private final Clock clock;

    EngineOutboxMeters(EngineOutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tanggap.outbox.backlog", outbox, EngineOutboxRepository::countByPublishedAtIsNull)
                .description("process starts and messages not yet taken by the engine")
                .tag("outbox", "engine")
                .register(registry);
        Gauge.builder("tanggap.outbox.oldest.age", this, m -> ageSeconds(m.outbox.oldestPending(), m.clock))
                .description("how long the oldest entry not yet taken by the engine has waited")
                .baseUnit("seconds")
                .tag("outbox", "engine")
                .register(registry);
    }

    static double ageSeconds(Instant oldest, Clock clock) {
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
