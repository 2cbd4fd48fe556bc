package id.tanggap.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplianceCheckRepository extends JpaRepository<ComplianceCheck, Long> {

    Optional<ComplianceCheck> findByAccountIdAndCheckDate(Long accountId, LocalDate checkDate);

    List<ComplianceCheck> findByAccountIdAndCheckDateBeforeOrderByCheckDateDesc(Long accountId, LocalDate checkDate);
}
