package id.tanggap.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRevisionRepository extends JpaRepository<ReportRevision, Long> {

    boolean existsByDedupKey(String dedupKey);

    List<ReportRevision> findByReportIdOrderByRequestedAtAscIdAsc(Long reportId);
}
