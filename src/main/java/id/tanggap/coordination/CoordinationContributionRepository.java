package id.tanggap.coordination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoordinationContributionRepository extends JpaRepository<CoordinationContribution, Long> {

    boolean existsByDedupKey(String dedupKey);

    List<CoordinationContribution> findByComplaintIdOrderByIdAsc(Long complaintId);
}
