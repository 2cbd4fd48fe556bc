package id.tanggap.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpdRepository extends JpaRepository<Opd, String> {

    @Query("select x from Opd x order by x.name")
    List<Opd> allByName();
}
