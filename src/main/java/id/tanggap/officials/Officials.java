package id.tanggap.officials;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The officials register as the modules that only read it see it: who holds a NIP and who heads an OPD.
 * (The registry module, which administers officials, still works on the repository.)
 */
@Component
public class Officials {

    /** The head of an OPD is its echelon II official. */
    static final String HEAD_ECHELON = "II";

    private final OfficialRepository repository;

    Officials(OfficialRepository repository) {
        this.repository = repository;
    }

    /** The official with this NIP, empty when there is none (or no NIP). */
    public Optional<Official> find(String nip) {
        return nip == null ? Optional.empty() : repository.findById(nip);
    }

    /** The head (echelon II official) of the OPD, empty when none is registered. */
    public Optional<Official> headOf(String opdCode) {
        return opdCode == null ? Optional.empty() : repository.findFirstByOpdCodeAndEchelon(opdCode, HEAD_ECHELON);
    }
}
