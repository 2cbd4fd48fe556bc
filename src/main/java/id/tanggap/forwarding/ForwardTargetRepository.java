package id.tanggap.forwarding;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ForwardTargetRepository extends JpaRepository<ForwardTarget, String> {}
