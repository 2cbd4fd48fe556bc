package id.tanggap.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintEventRepository extends JpaRepository<ComplaintEvent, Long> {

    boolean existsByComplaintIdAndEventKey(Long complaintId, String eventKey);

    List<ComplaintEvent> findByComplaintIdOrderByOccurredAtAscIdAsc(Long complaintId);
}
