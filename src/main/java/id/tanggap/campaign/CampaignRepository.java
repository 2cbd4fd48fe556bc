package id.tanggap.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query("select x from Campaign x where x.contentUrl = ?1 and x.windowStart = ?2")
    Optional<Campaign> findByContentUrlAndWindowStart(String contentUrl, Instant windowStart);

    @Query("select x from Campaign x where x.publishedAt is null order by x.id")
    List<Campaign> findByPublishedAtIsNullOrderByIdAsc(Limit limit);

    @Query("select x from Campaign x order by x.windowStart desc")
    List<Campaign> findAllByOrderByWindowStartDesc(Limit limit);
}
