package id.tanggap.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintEscalationRepository extends JpaRepository<ComplaintEscalation, Long> {

    boolean existsByDedupKey(String dedupKey);

    List<ComplaintEscalation> findByComplaintIdOrderByEscalatedAtAscIdAsc(Long complaintId);
}
