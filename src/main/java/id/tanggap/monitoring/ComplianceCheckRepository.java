package id.tanggap.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplianceCheckRepository extends JpaRepository<ComplianceCheck, Long> {

    @Query("select x from ComplianceCheck x where x.accountId = ?1 and x.checkDate = ?2")
    Optional<ComplianceCheck> findByAccountIdAndCheckDate(Long accountId, LocalDate checkDate);

    @Query("select x from ComplianceCheck x where x.accountId = ?1 and x.checkDate < ?2 order by x.checkDate desc")
    List<ComplianceCheck> findByAccountIdAndCheckDateBeforeOrderByCheckDateDesc(Long accountId, LocalDate checkDate);
}
