package id.tanggap.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByTicket(String ticket);

    Optional<Complaint> findByChannelAndExternalId(Channel channel, String externalId);

    List<Complaint> findByThreadIdAndDuplicateOfIdIsNullOrderByIdAsc(String threadId);

    List<Complaint> findByDuplicateOfIdOrderByIdAsc(long duplicateOfId);

    List<Complaint> findByCreatedAtBetweenAndDuplicateOfIdIsNull(
            Instant from, Instant to, org.springframework.data.domain.Pageable page);

    List<Complaint> findByCategoryCodeAndCreatedAtAfterAndDuplicateOfIdIsNullAndLatitudeBetweenAndLongitudeBetween(
            String categoryCode, Instant createdAfter, double latFrom, double latTo, double lonFrom, double lonTo);
}
