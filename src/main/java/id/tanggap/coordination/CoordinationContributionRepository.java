package id.tanggap.coordination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoordinationContributionRepository extends JpaRepository<CoordinationContribution, Long> {

    @Query(
            "select case when count(x) > 0 then true else false end from CoordinationContribution x where x.dedupKey = ?1")
    boolean existsByDedupKey(String dedupKey);

    @Query("select x from CoordinationContribution x where x.complaintId = ?1 order by x.id")
    List<CoordinationContribution> findByComplaintIdOrderByIdAsc(Long complaintId);
}
