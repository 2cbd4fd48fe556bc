package id.tanggap.complaint;

import id.tanggap.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    @Query("select c from Complaint c where c.ticket = ?1")
    Optional<Complaint> findByTicket(String ticket);

    @Query("select c from Complaint c where c.origin.channel = ?1 and c.origin.externalId = ?2")
    Optional<Complaint> findByChannelAndExternalId(Channel channel, String externalId);

    @Query("select c from Complaint c where c.origin.threadId = ?1 and c.duplicateOfId is null order by c.id")
    List<Complaint> findByThreadIdAndDuplicateOfIdIsNullOrderByIdAsc(String threadId);

    @Query("select c from Complaint c where c.duplicateOfId = ?1 order by c.id")
    List<Complaint> findByDuplicateOfIdOrderByIdAsc(long duplicateOfId);

    @Query("select c from Complaint c where c.createdAt between ?1 and ?2 and c.duplicateOfId is null")
    List<Complaint> findByCreatedAtBetweenAndDuplicateOfIdIsNull(Instant from, Instant to, Pageable page);

    @Query("select c from Complaint c where c.categoryCode = ?1 and c.createdAt > ?2 and c.duplicateOfId is null"
            + " and c.location.latitude between ?3 and ?4 and c.location.longitude between ?5 and ?6")
    List<Complaint> findByCategoryCodeAndCreatedAtAfterAndDuplicateOfIdIsNullAndLatitudeBetweenAndLongitudeBetween(
            String categoryCode, Instant createdAfter, double latFrom, double latTo, double lonFrom, double lonTo);
}
