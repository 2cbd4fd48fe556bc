package id.tanggap.complainantnotice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplainantNoticeRepository extends JpaRepository<ComplainantNotice, Long> {

    boolean existsByComplaintIdAndChangeKey(long complaintId, String changeKey);

    @Query("SELECT n.id FROM ComplainantNotice n WHERE n.state = :state AND n.nextAttemptAt <= :now"
            + " ORDER BY n.nextAttemptAt")
    List<Long> due(@Param("state") ComplainantNotice.State state, @Param("now") Instant now, Pageable page);

    /**
     * Takes a due notice for one sender: it is not due again before {@code leaseUntil}, so a second sweep or instance
     * does not send it at the same time. @return 1 when taken
     */
    @Modifying
    @Query("UPDATE ComplainantNotice n SET n.nextAttemptAt = :leaseUntil, n.attempts = n.attempts + 1"
            + " WHERE n.id = :id AND n.state = :state AND n.nextAttemptAt <= :now")
    int claim(
            @Param("id") long id,
            @Param("state") ComplainantNotice.State state,
            @Param("now") Instant now,
            @Param("leaseUntil") Instant leaseUntil);
}
