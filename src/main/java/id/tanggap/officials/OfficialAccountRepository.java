package id.tanggap.officials;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfficialAccountRepository extends JpaRepository<OfficialAccount, Long> {

    @Override
    @Query("select x from OfficialAccount x")
    java.util.List<OfficialAccount> findAll();

    @Query("select x from OfficialAccount x where x.platform = ?1 and x.platformAccountId = ?2")
    Optional<OfficialAccount> findByPlatformAndPlatformAccountId(String platform, String platformAccountId);

    @Query("select x from OfficialAccount x where x.status = ?1 and x.officialNip is not null order by x.platform")
    java.util.List<OfficialAccount> findByStatusAndOfficialNipIsNotNullOrderByPlatform(AccountStatus status);

    @Query("select x from OfficialAccount x where x.officialNip = ?1")
    java.util.List<OfficialAccount> findByOfficialNip(String officialNip);

    @Query("select x from OfficialAccount x where x.accessToken is not null")
    java.util.List<OfficialAccount> findByAccessTokenIsNotNull();

    /** Verified accounts of a platform with (or, with IsNull, without) an access token: token health. */
    @Query(
            "select count(x) from OfficialAccount x where x.platform = ?1 and x.status = ?2 and x.accessToken is not null")
    long countByPlatformAndStatusAndAccessTokenIsNotNull(String platform, String status);

    @Query("select count(x) from OfficialAccount x where x.platform = ?1 and x.status = ?2 and x.accessToken is null")
    long countByPlatformAndStatusAndAccessTokenIsNull(String platform, String status);
}
