package id.tanggap.shared;

import java.time.Duration;

/** Exponential backoff of the outboxes: the first pause after one failure, doubled per further failure, capped. */
public final class Backoff {

    private Backoff() {}

    public static Duration after(int failedAttempts, Duration first, Duration max) {
        Duration wait = first.multipliedBy(1L << Math.min(20, Math.max(0, failedAttempts - 1)));
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
