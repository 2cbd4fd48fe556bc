package id.tanggap.officials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an official account: submitted, verified, rejected. */
@Entity
@Table(name = "official_account_history")
public class AccountHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Column(name = "changed_at")
    private Instant changedAt;

    private String actor;
    private String status;
    private String note;

    protected AccountHistory() {}

    public AccountHistory(
            Long accountId, String dedupKey, Instant changedAt, String actor, String status, String note) {
        this.accountId = accountId;
        this.dedupKey = dedupKey;
        this.changedAt = changedAt;
        this.actor = actor;
        this.status = status;
        this.note = note;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}
