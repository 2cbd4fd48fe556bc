package id.tanggap.operations;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands an event between modules over again when its listener failed (e.g. the connection pool was exhausted under
 * load), without waiting for the next restart: Spring Modulith keeps such a publication as incomplete, and only
 * {@code republish-outstanding-events-on-restart} would otherwise retry it. Listeners are idempotent (a second
 * delivery finds its row and does nothing), so two instances resubmitting the same publication is harmless.
 */
@Component
class EventPublicationRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventPublicationRetry(
            IncompleteEventPublications incomplete,
            @Value("${tanggap.events.retry-older-than:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${tanggap.events.retry-interval:PT5M}", initialDelayString = "PT1M")
    void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
