package id.tanggap.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net of {@link ClassificationQueue}: classifies, every few seconds, the messages still
 * unclassified because the engine could not evaluate the decision, the queue was full or the application
 * stopped before it got to them. The webhook answered the platform anyway, so a slow or unreachable engine
 * never makes the platform retry or drop a message.
 */
@Component
class ClassificationSweep {

    private static final Logger log = LoggerFactory.getLogger(ClassificationSweep.class);

    /** At most this many per run, one at a time: the queue, not the sweep, carries a burst. */
    static final int MAX_PER_SWEEP = 200;

    private final Interactions interactions;

    ClassificationSweep(Interactions interactions) {
        this.interactions = interactions;
    }

    @Scheduled(fixedDelayString = "${tanggap.inbox.sweep-interval:${TANGGAP_INBOX_SWEEP_INTERVAL:PT5S}}")
    void sweep() {
        try {
            int n = interactions.classifyPending(MAX_PER_SWEEP);
            if (n > 0) {
                log.info("classified {} messages the queue had not classified", n);
            }
        } catch (RuntimeException e) {
            log.warn("classifying waiting messages failed, retried on the next sweep: {}", e.toString());
        }
    }
}
