package id.tanggap.officials;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountHistoryRepository extends JpaRepository<AccountHistory, Long> {

    boolean existsByDedupKey(String dedupKey);

    List<AccountHistory> findByAccountIdOrderByChangedAtAscIdAsc(Long accountId);
}
