package id.tanggap.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GovernorReportRepository extends JpaRepository<GovernorReport, Long> {

    @Query("select x from GovernorReport x where x.reportKey = ?1")
    Optional<GovernorReport> findByReportKey(String reportKey);

    @Query("select x from GovernorReport x where x.status = ?1 order by x.periodFrom desc")
    List<GovernorReport> findByStatusOrderByPeriodFromDesc(String status);
}
