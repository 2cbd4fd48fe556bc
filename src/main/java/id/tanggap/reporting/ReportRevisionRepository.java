package id.tanggap.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRevisionRepository extends JpaRepository<ReportRevision, Long> {

    @Query("select case when count(x) > 0 then true else false end from ReportRevision x where x.dedupKey = ?1")
    boolean existsByDedupKey(String dedupKey);

    @Query("select x from ReportRevision x where x.reportId = ?1 order by x.requestedAt, x.id")
    List<ReportRevision> findByReportIdOrderByRequestedAtAscIdAsc(Long reportId);
}
