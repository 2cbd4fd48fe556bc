package id.tanggap.officials;

import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficialRepository extends JpaRepository<Official, String> {

    /** The head of an OPD is its echelon II official. */
    @Override
    @Query("select x from Official x")
    java.util.List<Official> findAll();

    @Query("select x from Official x where x.opdCode = ?1 and x.echelon = ?2 order by x.nip")
    Optional<Official> findByOpdCodeAndEchelon(String opdCode, String echelon, Limit limit);

    @Query("select x from Official x where x.echelon in ?1 order by x.opdCode, x.echelon")
    java.util.List<Official> findByEchelonInOrderByOpdCodeAscEchelonAsc(java.util.Collection<String> echelons);
}
