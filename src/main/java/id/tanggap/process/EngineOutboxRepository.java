package id.tanggap.process;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface EngineOutboxRepository extends JpaRepository<EngineOutboxEntry, Long> {

    @Query("select case when count(x) > 0 then true else false end from EngineOutboxEntry x where x.messageId = ?1")
    boolean existsByMessageId(String messageId);

    /** Entries the engine has not taken yet (operators' backlog gauge). */
    @Query("select count(x) from EngineOutboxEntry x where x.publishedAt is null")
    long countByPublishedAtIsNull();

    @Query("select min(e.createdAt) from EngineOutboxEntry e where e.publishedAt is null")
    Instant oldestPending();

    @Query(
            "select e.id from EngineOutboxEntry e where e.publishedAt is null and (e.delivery.nextAttemptAt is null or e.delivery.nextAttemptAt <= :now) order by e.id")
    List<Long> findDue(Instant now, Pageable page);

    // The due test is a CASE, not plain conditions, so that MySQL/MariaDB reach the row by its primary key: with plain
    // conditions they chose the due index and locked other entries' records of its range, and two senders deadlocked
    // (seen in the bench's InnoDB deadlock log; EXPLAIN in docs/scaling.md).
    /**
     * Takes a due entry for one relay until {@code leaseUntil}, so the relay right after the commit
     * and the sweep never send it at the same moment. @return 1 when taken
     */
    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update EngineOutboxEntry e set e.delivery.nextAttemptAt = :leaseUntil where e.id = :id and (case when"
            + " e.publishedAt is null and (e.delivery.nextAttemptAt is null or e.delivery.nextAttemptAt <= :now)"
            + " then 1 else 0 end) = 1")
    int claim(long id, Instant now, Instant leaseUntil);
}
