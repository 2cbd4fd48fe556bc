package id.tanggap.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How far delivering one outbox row has come (the engine outbox, the mail outbox): attempts so far,
 * the last error, and when the next attempt is due (also the relays' lease on the row).
 */
@Embeddable
public class DeliveryAttempts {

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    public void delivered() {
        this.attempts++;
        this.lastError = null;
        this.nextAttemptAt = null;
    }

    public void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
        this.nextAttemptAt = retryAt;
    }

    public int count() {
        return attempts;
    }
}
