package id.tanggap.complainantnotice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplainantNoticeRepository extends JpaRepository<ComplainantNotice, Long> {

    @Query(
            "select case when count(x) > 0 then true else false end from ComplainantNotice x where x.complaintId = ?1 and x.changeKey = ?2")
    boolean existsByComplaintIdAndChangeKey(long complaintId, String changeKey);

    @Query("SELECT n.id FROM ComplainantNotice n WHERE n.state = :state AND n.nextAttemptAt <= :now"
            + " ORDER BY n.nextAttemptAt")
    List<Long> due(@Param("state") ComplainantNotice.State state, @Param("now") Instant now, Pageable page);

    // The due test is a CASE, not plain conditions, so that MySQL/MariaDB reach the row by its primary key: with plain
    // conditions they chose the due index and locked other entries' records of its range, and two senders deadlocked
    // (seen in the bench's InnoDB deadlock log; EXPLAIN in docs/scaling.md).
    /**
     * Takes a due notice for one sender: it is not due again before {@code leaseUntil}, so a second sweep or instance
     * does not send it at the same time. @return 1 when taken
     */
    @Modifying
    @Query("UPDATE ComplainantNotice n SET n.nextAttemptAt = :leaseUntil, n.attempts = n.attempts + 1"
            + " WHERE n.id = :id AND (CASE WHEN n.state = :state AND n.nextAttemptAt <= :now THEN 1 ELSE 0 END) = 1")
    int claim(
            @Param("id") long id,
            @Param("state") ComplainantNotice.State state,
            @Param("now") Instant now,
            @Param("leaseUntil") Instant leaseUntil);
}
