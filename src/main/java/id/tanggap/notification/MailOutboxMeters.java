package id.tanggap.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Operators' gauges of the mail outbox: e-mails not sent yet, and how long the oldest has waited. */
@Component
class MailOutboxMeters implements MeterBinder {

    private final NotificationLogRepository log;
    private final Clock clock;

    MailOutboxMeters(NotificationLogRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tanggap.outbox.backlog", log, l -> l.countByStatus(NotificationLog.Status.PENDING))
                .description("e-mails queued and not yet sent")
                .tag("outbox", "mail")
                .register(registry);
        Gauge.builder("tanggap.outbox.oldest.age", this, m -> ageSeconds(m.log.oldestPending(), m.clock))
                .description("how long the oldest e-mail not yet sent has waited")
                .baseUnit("seconds")
                .tag("outbox", "mail")
                .register(registry);
    }

    private static double ageSeconds(Instant oldest, Clock clock) {
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
