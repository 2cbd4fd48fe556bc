package id.tanggap.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintEventRepository extends JpaRepository<ComplaintEvent, Long> {

    @Query(
            "select case when count(x) > 0 then true else false end from ComplaintEvent x where x.complaintId = ?1 and x.eventKey = ?2")
    boolean existsByComplaintIdAndEventKey(Long complaintId, String eventKey);

    @Query("select count(x) from ComplaintEvent x where x.complaintId = ?1 and x.eventKey like concat(?2, '%')")
    long countByComplaintIdAndEventKeyPrefix(Long complaintId, String eventKeyPrefix);

    @Query("select x from ComplaintEvent x where x.complaintId = ?1 order by x.occurredAt, x.id")
    List<ComplaintEvent> findByComplaintIdOrderByOccurredAtAscIdAsc(Long complaintId);
}
