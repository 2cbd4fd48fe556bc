package id.tanggap.officials;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountHistoryRepository extends JpaRepository<AccountHistory, Long> {

    @Query("select case when count(x) > 0 then true else false end from AccountHistory x where x.dedupKey = ?1")
    boolean existsByDedupKey(String dedupKey);

    @Query("select x from AccountHistory x where x.accountId = ?1 order by x.changedAt, x.id")
    List<AccountHistory> findByAccountIdOrderByChangedAtAscIdAsc(Long accountId);
}
