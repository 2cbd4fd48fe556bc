package id.tanggap.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationContactRepository extends JpaRepository<EscalationContact, String> {}
