package id.tanggap.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GovernorReportRepository extends JpaRepository<GovernorReport, Long> {

    Optional<GovernorReport> findByReportKey(String reportKey);

    List<GovernorReport> findByStatusOrderByPeriodFromDesc(String status);
}
