package id.tanggap.officials;

import id.tanggap.audit.MasterDataHistory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The officials register as other modules see it: who holds a NIP, who heads an OPD, who holds a position
 * (jabatan) of an OPD today, and for the registry (which administers officials) registering one, giving a
 * position to an official and noting a change in its history.
 */
@Component
public class Officials {

    /** The head of an OPD is its echelon II official. */
    static final String HEAD_ECHELON = "II";

    private final OfficialRepository repository;
    private final JdbcTemplate jdbc;
    private final MasterDataHistory history;

    Officials(OfficialRepository repository, JdbcTemplate jdbc, MasterDataHistory history) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.history = history;
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
        return opdCode == null
                ? Optional.empty()
                : repository.findByOpdCodeAndEchelon(opdCode, HEAD_ECHELON, Limit.of(1));
    }

    /**
     * The official who holds the OPD's position today ({@code opd_position}, e.g. DPUPR / KABID_BINA_MARGA), empty
     * when the position is unknown, vacant or deactivated. Routing decides the position; this answers who it is, so a change of
     * holder takes effect on the next case without a model change.
     */
    public Optional<Official> holderOf(String opdCode, String position) {
        if (opdCode == null || position == null) {
            return Optional.empty();
        }
        return jdbc
                .queryForList(
                        "SELECT holder_nip FROM opd_position WHERE opd_code = ? AND code = ? AND holder_nip IS NOT NULL"
                                + " AND active = TRUE",
                        String.class,
                        opdCode,
                        position)
                .stream()
                .findFirst()
                .flatMap(repository::findById);
    }

    /** A position of an OPD and who holds it (null: vacant). */
    public record Position(String opdCode, String code, String title, String holderNip) {}

    public boolean positionExists(String opdCode, String position) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM opd_position WHERE opd_code = ? AND code = ?", Integer.class, opdCode, position);
        return n != null && n > 0;
    }

    /** The positions the official holds, by OPD and code. */
    public List<Position> positionsHeldBy(String nip) {
        return jdbc.query(
                "SELECT opd_code, code, title, holder_nip FROM opd_position WHERE holder_nip = ? ORDER BY opd_code, code",
                (rs, i) -> new Position(
                        rs.getString("opd_code"),
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("holder_nip")),
                nip);
    }

    /**
     * Makes the official the holder of the OPD's position (creating the position with {@code title} when the OPD
     * has none of that code) and notes the change in both officials' histories. Returns the previous holder when
     * someone else held it. Call inside the caller's transaction.
     */
    public Optional<String> givePosition(
            String opdCode, String position, String title, String nip, Instant at, String actor) {
        repository.flush(); // an official registered in this transaction must be in the table the position refers to
        List<String> current = jdbc.queryForList(
                "SELECT holder_nip FROM opd_position WHERE opd_code = ? AND code = ?", String.class, opdCode, position);
        if (current.isEmpty()) {
            jdbc.update(
                    "INSERT INTO opd_position (opd_code, code, title, holder_nip) VALUES (?, ?, ?, ?)",
                    opdCode,
                    position,
                    title,
                    nip);
        } else if (nip.equals(current.get(0))) {
            return Optional.empty();
        } else {
            jdbc.update(
                    "UPDATE opd_position SET holder_nip = ? WHERE opd_code = ? AND code = ?", nip, opdCode, position);
        }
        String previous = current.isEmpty() ? null : current.get(0);
        history.record(
                MasterDataHistory.Kind.POSITION,
                opdCode + "/" + position,
                current.isEmpty() ? "DIBUAT" : "PEMEGANG_DIGANTI",
                current.isEmpty() ? null : "pemegang: " + holderText(previous),
                (current.isEmpty() ? "judul: " + title + "; " : "") + "pemegang: " + holderText(nip));
        noteChange(nip, at, actor, "memegang jabatan " + position + " (" + opdCode + ")");
        if (previous != null) {
            noteChange(previous, at, actor, "tidak lagi memegang jabatan " + position + " (" + opdCode + ")");
        }
        return Optional.ofNullable(previous);
    }

    /** "NIP (name)" of a position's holder for its history, "-" when vacant. */
    String holderText(String nip) {
        if (nip == null) {
            return "-";
        }
        return find(nip).map(o -> nip + " (" + o.getName() + ")").orElse(nip);
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
