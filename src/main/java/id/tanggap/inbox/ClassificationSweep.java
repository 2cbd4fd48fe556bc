package id.tanggap.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Classifies, every few seconds, the messages that arrived while the engine could not evaluate the
 * decision in time; the webhook answered the platform anyway, so a slow or unreachable engine never
 * makes the platform retry or drop a message.
 */
@Component
class ClassificationSweep {

    private static final Logger log = LoggerFactory.getLogger(ClassificationSweep.class);

    private final Interactions interactions;

    ClassificationSweep(Interactions interactions) {
        this.interactions = interactions;
    }

    @Scheduled(fixedDelayString = "${tanggap.inbox.sweep-interval:${TANGGAP_INBOX_SWEEP_INTERVAL:PT5S}}")
    void sweep() {
        try {
            int n = interactions.classifyPending();
            if (n > 0) {
                log.info("classified {} messages that had waited for the engine", n);
            }
        } catch (RuntimeException e) {
            log.warn("classifying waiting messages failed, retried on the next sweep: {}", e.toString());
        }
    }
}
