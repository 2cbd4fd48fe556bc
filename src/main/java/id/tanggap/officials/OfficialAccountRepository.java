package id.tanggap.officials;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficialAccountRepository extends JpaRepository<OfficialAccount, Long> {

    Optional<OfficialAccount> findByPlatformAndPlatformAccountId(String platform, String platformAccountId);

    java.util.List<OfficialAccount> findByStatusAndOfficialNipIsNotNullOrderByPlatform(AccountStatus status);

    java.util.List<OfficialAccount> findByOfficialNip(String officialNip);
}
