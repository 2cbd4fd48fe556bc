package id.tanggap.officials;

import id.tanggap.audit.MasterDataHistory;
import id.tanggap.audit.MasterDataHistory.Kind;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the positions (jabatan) of the OPDs ({@code opd_position}) for the master data screens: list, add, retitle,
 * deactivate and reactivate, each change in the master data history. Who holds a position changes through the
 * registry of officials ({@code registry.ResponsibleOfficials}, the same path as {@code PUT /api/officials/<nip>}, which
 * also moves the person's OPD group). A position is never deleted (its history and the routing table name it); a
 * deactivated one has no holder for routing, so its cases go to the OPD's head.
 */
@Component
public class PositionRegister {

    /** A position with its holder today (null: vacant). */
    public record Entry(
            String opdCode, String code, String title, String holderNip, String holderName, boolean active) {

        /** The key its history is kept under. */
        public String key() {
            return opdCode + "/" + code;
        }
    }

    private final JdbcTemplate jdbc;
    private final Officials officials;
    private final MasterDataHistory history;

    PositionRegister(JdbcTemplate jdbc, Officials officials, MasterDataHistory history) {
        this.jdbc = jdbc;
        this.officials = officials;
        this.history = history;
    }

    /** Every position, by OPD and code. */
    public List<Entry> list() {
        return jdbc.query(
                "SELECT p.opd_code, p.code, p.title, p.holder_nip, o.name AS holder_name, p.active FROM opd_position p"
                        + " LEFT JOIN official o ON o.nip = p.holder_nip ORDER BY p.opd_code, p.code",
                (rs, i) -> new Entry(
                        rs.getString("opd_code"),
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("holder_nip"),
                        rs.getString("holder_name"),
                        rs.getBoolean("active")));
    }

    public Optional<Entry> find(String opdCode, String code) {
        return list().stream()
                .filter(e -> e.opdCode().equals(opdCode) && e.code().equals(code))
                .findFirst();
    }

    /** Adds a vacant position to an OPD (the caller checked the OPD exists). */
    @Transactional
    public Entry create(String opdCode, String code, String title) {
        List<FieldProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (opdCode == null || opdCode.isBlank()) {
            problems.add(new FieldProblem("opd", "wajib dipilih"));
        }
        if (!c.matches("[A-Z][A-Z0-9_]{1,63}")) {
            problems.add(new FieldProblem("kode", "huruf besar, angka dan _, 2 sampai 64 karakter"));
        } else if (opdCode != null && officials.positionExists(opdCode, c)) {
            problems.add(new FieldProblem("kode", "OPD ini sudah punya jabatan " + c));
        }
        checkTitle(title, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.update(
                "INSERT INTO opd_position (opd_code, code, title, holder_nip, active) VALUES (?, ?, ?, NULL, TRUE)",
                opdCode,
                c,
                title.trim());
        Entry created = find(opdCode, c).orElseThrow();
        history.record(Kind.POSITION, created.key(), "DIBUAT", null, describe(created));
        return created;
    }

    @Transactional
    public Entry retitle(String opdCode, String code, String title) {
        Entry before = existing(opdCode, code);
        List<FieldProblem> problems = new ArrayList<>();
        checkTitle(title, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.update("UPDATE opd_position SET title = ? WHERE opd_code = ? AND code = ?", title.trim(), opdCode, code);
        Entry after = existing(opdCode, code);
        history.record(Kind.POSITION, after.key(), "DIUBAH", describe(before), describe(after));
        return after;
    }

    @Transactional
    public Entry setActive(String opdCode, String code, boolean active) {
        Entry before = existing(opdCode, code);
        jdbc.update("UPDATE opd_position SET active = ? WHERE opd_code = ? AND code = ?", active, opdCode, code);
        Entry after = existing(opdCode, code);
        history.record(
                Kind.POSITION, after.key(), active ? "DIAKTIFKAN" : "DINONAKTIFKAN", describe(before), describe(after));
        return after;
    }

    private Entry existing(String opdCode, String code) {
        return find(opdCode, code).orElseThrow(() -> InvalidInputException.of("kode", "tidak ada jabatan ini"));
    }

    private String describe(Entry e) {
        return "judul: " + e.title() + "; pemegang: " + officials.holderText(e.holderNip()) + "; aktif: "
                + (e.active() ? "ya" : "tidak");
    }

    private static void checkTitle(String title, List<FieldProblem> problems) {
        if (title == null || title.isBlank() || title.trim().length() > 200) {
            problems.add(new FieldProblem("judul", "wajib diisi, paling banyak 200 karakter"));
        }
    }
}
