package id.tanggap.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByContentUrlAndWindowStart(String contentUrl, Instant windowStart);

    List<Campaign> findByPublishedAtIsNullOrderByIdAsc(Limit limit);

    List<Campaign> findAllByOrderByWindowStartDesc(Limit limit);
}
