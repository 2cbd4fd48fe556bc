package id.tanggap.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface NotificationLogRepository extends JpaRepository<NotificationLog, Long> {

    @Query("select case when count(x) > 0 then true else false end from NotificationLog x where x.dedupKey = ?1")
    boolean existsByDedupKey(String dedupKey);

    /** E-mails not sent yet (operators' backlog gauge). */
    @Query("select count(x) from NotificationLog x where x.status = ?1")
    long countByStatus(NotificationLog.Status status);

    @Query(
            "select min(n.queuedAt) from NotificationLog n where n.status = id.tanggap.notification.NotificationLog.Status.PENDING")
    Instant oldestPending();

    @Query("select n.id from NotificationLog n where n.status = id.tanggap.notification.NotificationLog.Status.PENDING"
            + " and (n.delivery.nextAttemptAt is null or n.delivery.nextAttemptAt <= :now) order by n.id")
    List<Long> findDue(Instant now, Pageable page);

    // The due test is a CASE, not plain conditions, so that MySQL/MariaDB reach the row by its primary key: with plain
    // conditions they chose the due index and locked other entries' records of its range, and two senders deadlocked
    // (seen in the bench's InnoDB deadlock log; EXPLAIN in docs/scaling.md).
    /** Takes a due e-mail for one sender until {@code leaseUntil}, so it never goes out twice at the same moment. @return 1 when taken */
    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NotificationLog n set n.delivery.nextAttemptAt = :leaseUntil where n.id = :id and (case when"
            + " n.status = id.tanggap.notification.NotificationLog.Status.PENDING and (n.delivery.nextAttemptAt is null"
            + " or n.delivery.nextAttemptAt <= :now) then 1 else 0 end) = 1")
    int claim(long id, Instant now, Instant leaseUntil);
}
