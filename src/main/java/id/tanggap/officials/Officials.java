package id.tanggap.officials;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The officials register as other modules see it: who holds a NIP, who heads an OPD, and for the registry
 * (which administers officials) registering one and noting a change in its history.
 */
@Component
public class Officials {

    /** The head of an OPD is its echelon II official. */
    static final String HEAD_ECHELON = "II";

    private final OfficialRepository repository;
    private final JdbcTemplate jdbc;

    Officials(OfficialRepository repository, JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** The official with this NIP, empty when there is none (or no NIP). */
    public Optional<Official> find(String nip) {
        return nip == null ? Optional.empty() : repository.findById(nip);
    }

    public boolean exists(String nip) {
        return nip != null && repository.existsById(nip);
    }

    /** The head (echelon II official) of the OPD, empty when none is registered. */
    public Optional<Official> headOf(String opdCode) {
        return opdCode == null ? Optional.empty() : repository.findFirstByOpdCodeAndEchelon(opdCode, HEAD_ECHELON);
    }

    public List<Official> all() {
        return repository.findAll();
    }

    /** The officials of these echelons, by OPD and echelon. */
    public List<Official> ofEchelons(Collection<String> echelons) {
        return repository.findByEchelonInOrderByOpdCodeAscEchelonAsc(echelons);
    }

    /** Registers a new official (the caller checked the NIP is free). */
    public Official register(Official official) {
        return repository.save(official);
    }

    /** A line in the official's history (who changed what, when); notes are cut at 1000 characters. */
    public void noteChange(String nip, Instant at, String actor, String note) {
        jdbc.update(
                "INSERT INTO official_history (nip, changed_at, actor, note) VALUES (?, ?, ?, ?)",
                nip,
                Timestamp.from(at),
                actor,
                note.length() > 1000 ? note.substring(0, 1000) : note);
    }

    /** The official's history, oldest first. */
    public List<Change> historyOf(String nip) {
        return jdbc.query(
                "SELECT changed_at, actor, note FROM official_history WHERE nip = ? ORDER BY changed_at, id",
                (rs, i) -> new Change(
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("actor"), rs.getString("note")),
                nip);
    }

    public record Change(Instant at, String actor, String note) {}
}
