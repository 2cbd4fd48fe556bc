package id.tanggap.officials;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficialRepository extends JpaRepository<Official, String> {

    /** The head of an OPD is its echelon II official. */
    Optional<Official> findFirstByOpdCodeAndEchelon(String opdCode, String echelon);

    java.util.List<Official> findByEchelonInOrderByOpdCodeAscEchelonAsc(java.util.Collection<String> echelons);
}
