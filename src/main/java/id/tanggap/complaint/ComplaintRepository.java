package id.tanggap.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByTicket(String ticket);

    Optional<Complaint> findByChannelAndExternalId(Channel channel, String externalId);
}
