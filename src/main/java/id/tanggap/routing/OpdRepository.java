package id.tanggap.routing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OpdRepository extends JpaRepository<Opd, String> {}
