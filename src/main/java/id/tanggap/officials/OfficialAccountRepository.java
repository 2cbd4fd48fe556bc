package id.tanggap.officials;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficialAccountRepository extends JpaRepository<OfficialAccount, Long> {

    Optional<OfficialAccount> findByPlatformAndPlatformAccountId(String platform, String platformAccountId);

    java.util.List<OfficialAccount> findByStatusAndOfficialNipIsNotNullOrderByPlatform(AccountStatus status);

    java.util.List<OfficialAccount> findByOfficialNip(String officialNip);

    java.util.List<OfficialAccount> findByAccessTokenIsNotNull();

    /** Verified accounts of a platform with (or, with IsNull, without) an access token: token health. */
    long countByPlatformAndStatusAndAccessTokenIsNotNull(String platform, String status);

    long countByPlatformAndStatusAndAccessTokenIsNull(String platform, String status);
}
