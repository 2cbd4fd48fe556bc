package id.tanggap.routing;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpdRepository extends JpaRepository<Opd, String> {}
