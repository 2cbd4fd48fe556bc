package id.tanggap.inbox;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Classifies the interactions a webhook stored, right after it answered the platform: a bounded queue in
 * front of a few workers, so a viral post never has more than {@code concurrency} decision evaluations in
 * flight against the engine and never holds the webhook's answer. What does not fit in the queue, and
 * whatever was queued when the application stopped, stays unclassified in the database, where
 * {@link ClassificationSweep} finds it; it skips what is queued here, so one message is not evaluated twice
 * by the same instance. When the engine could not evaluate a message, the queue leaves what it holds to the
 * sweep for {@link #PAUSE} instead of waiting out one timeout per message.
 */
@Component
class ClassificationQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClassificationQueue.class);
    static final Duration PAUSE = Duration.ofSeconds(5);

    private final ThreadPoolExecutor workers;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final AtomicLong overflowed = new AtomicLong();
    private volatile long pausedUntil = System.nanoTime();

    ClassificationQueue(
            @Value("${tanggap.inbox.classification-concurrency:${TANGGAP_INBOX_CLASSIFICATION_CONCURRENCY:4}}")
                    int concurrency,
            @Value("${tanggap.inbox.classification-queue:${TANGGAP_INBOX_CLASSIFICATION_QUEUE:10000}}") int capacity) {
        this.workers = new ThreadPoolExecutor(
                concurrency,
                concurrency,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity),
                Thread.ofVirtual().name("inbox-classify-", 0).factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Queues the classification of a stored interaction.
     * @param classification false when the engine could not evaluate the decision
     * @return false when it is queued already or the queue is full (the sweep classifies it later)
     */
    boolean offer(long interactionId, BooleanSupplier classification) {
        if (!queued.add(interactionId)) {
            return false;
        }
        try {
            workers.execute(() -> {
                try {
                    if (System.nanoTime() - pausedUntil < 0) {
                        return; // the engine did not answer a moment ago: the sweep classifies it
                    }
                    if (!classification.getAsBoolean()) {
                        pausedUntil = System.nanoTime() + PAUSE.toNanos();
                    }
                } catch (RuntimeException e) {
                    log.warn(
                            "classifying interaction {} failed, the sweep retries it: {}", interactionId, e.toString());
                } finally {
                    queued.remove(interactionId);
                }
            });
            return true;
        } catch (RejectedExecutionException full) {
            queued.remove(interactionId);
            if (overflowed.getAndIncrement() % 1000 == 0) {
                log.warn("classification queue full: interaction {} waits for the sweep", interactionId);
            }
            return false;
        }
    }

    /** Queued or being classified by this instance. */
    boolean isQueued(long interactionId) {
        return queued.contains(interactionId);
    }

    @Override
    public void destroy() {
        workers.shutdownNow(); // what was queued stays unclassified in the database: the sweep takes it after a restart
    }
}
