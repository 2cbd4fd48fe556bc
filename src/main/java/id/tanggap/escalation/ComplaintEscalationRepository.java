package id.tanggap.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintEscalationRepository extends JpaRepository<ComplaintEscalation, Long> {

    @Query("select case when count(x) > 0 then true else false end from ComplaintEscalation x where x.dedupKey = ?1")
    boolean existsByDedupKey(String dedupKey);

    @Query("select x from ComplaintEscalation x where x.complaintId = ?1 order by x.escalatedAt, x.id")
    List<ComplaintEscalation> findByComplaintIdOrderByEscalatedAtAscIdAsc(Long complaintId);
}
