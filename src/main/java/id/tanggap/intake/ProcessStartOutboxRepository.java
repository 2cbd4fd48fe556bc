package id.tanggap.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessStartOutboxRepository extends JpaRepository<ProcessStartOutbox, Long> {

    List<ProcessStartOutbox> findByPublishedAtIsNullOrderByIdAsc(Limit limit);

    Optional<ProcessStartOutbox> findByTicket(String ticket);
}
