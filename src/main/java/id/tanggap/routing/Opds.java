package id.tanggap.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPD register as other modules see it. Routing owns the {@code opd} table; everyone else reads it
 * here, so the "name, or the code when the OPD is unknown" rule is written once.
 */
@Component
public class Opds {

    private final OpdRepository repository;

    Opds(OpdRepository repository) {
        this.repository = repository;
    }

    public Optional<OpdInfo> find(String code) {
        return code == null ? Optional.empty() : repository.findById(code).map(OpdInfo::of);
    }

    public boolean exists(String code) {
        return code != null && repository.existsById(code);
    }

    /** The OPD's full name, or the code itself when no such OPD is registered (null stays null). */
    public String nameOf(String code) {
        return find(code).map(OpdInfo::name).orElse(code);
    }

    /**
     * The OPD's full name for a text people read: the code itself when no such OPD is registered, and
     * {@code none} when there is no OPD (not routed yet).
     */
    public String nameOr(String code, String none) {
        return code == null ? none : nameOf(code);
    }

    /** The OPD's short name, or the code itself when no such OPD is registered, {@code none} when there is no OPD. */
    public String shortNameOr(String code, String none) {
        return code == null ? none : shortNameOf(code);
    }

    /** The OPD's short name, or the code itself when no such OPD is registered (null stays null). */
    public String shortNameOf(String code) {
        return find(code).map(OpdInfo::shortName).orElse(code);
    }

    /** The OPD's mailbox, empty when the OPD is unknown or has none. */
    public Optional<String> emailOf(String code) {
        return find(code).map(OpdInfo::email);
    }

    /** Every OPD, by name. */
    public List<OpdInfo> all() {
        return repository.allByName().stream().map(OpdInfo::of).toList();
    }

    /** Every active OPD, by name (the OPDs a case may be routed to, e.g. the options of the task forms). */
    public List<OpdInfo> active() {
        return repository.allByName().stream()
                .filter(Opd::isActive)
                .map(OpdInfo::of)
                .toList();
    }

    /** Full names by code, for reports that name many OPDs at once. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        repository.allByName().forEach(o -> names.put(o.getCode(), o.getName()));
        return names;
    }

    /** Registers an OPD unless its code is taken (demo data, imports); true when it was added. */
    @Transactional
    public boolean registerIfAbsent(String code, String name, String shortName, String candidateGroup, String email) {
        if (repository.existsById(code)) {
            return false;
        }
        repository.save(new Opd(code, name, shortName, candidateGroup, email));
        return true;
    }
}
