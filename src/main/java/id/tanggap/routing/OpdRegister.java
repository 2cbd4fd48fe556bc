package id.tanggap.routing;

import id.tanggap.audit.MasterDataHistory;
import id.tanggap.audit.MasterDataHistory.Kind;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the OPD register (the master data screens): list, add, change, deactivate and reactivate, each change in
 * the master data history. An OPD is never deleted (cases, officials and positions name it); deactivated, it is no
 * longer offered for routing. Read at every use, so a change takes effect without a restart.
 */
@Component
public class OpdRegister {

    /** An OPD as the screens show it. */
    public record Entry(
            String code, String name, String shortName, String email, String candidateGroup, boolean active) {

        static Entry of(Opd o) {
            return new Entry(
                    o.getCode(), o.getName(), o.getShortName(), o.getEmail(), o.getCandidateGroup(), o.isActive());
        }
    }

    private final OpdRepository repository;
    private final MasterDataHistory history;

    OpdRegister(OpdRepository repository, MasterDataHistory history) {
        this.repository = repository;
        this.history = history;
    }

    /** Every OPD, active or not, by name. */
    public List<Entry> list() {
        return repository.allByName().stream().map(Entry::of).toList();
    }

    public java.util.Optional<Entry> find(String code) {
        return code == null
                ? java.util.Optional.empty()
                : repository.findById(code).map(Entry::of);
    }

    /**
     * Adds an OPD; its Tasklist group is {@code opd-<code in lower case>}, as the identity provider names OPD groups.
     * Refused (InvalidInputException) when a field is invalid or the code is taken.
     */
    @Transactional
    public Entry create(String code, String name, String shortName, String email) {
        List<FieldProblem> problems = check(name, shortName, email);
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,31}")) {
            problems.add(0, new FieldProblem("kode", "huruf besar, angka dan _, 2 sampai 32 karakter"));
        } else if (repository.existsById(c)) {
            problems.add(0, new FieldProblem("kode", "kode " + c + " sudah dipakai"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Opd opd = repository.save(
                new Opd(c, name.trim(), shortName.trim(), "opd-" + c.toLowerCase(Locale.ROOT), blankToNull(email)));
        history.record(Kind.OPD, c, "DIBUAT", null, opd.describe());
        return Entry.of(opd);
    }

    /** Changes an OPD's names and mailbox (its code and group stay). */
    @Transactional
    public Entry update(String code, String name, String shortName, String email) {
        Opd opd = existing(code);
        List<FieldProblem> problems = check(name, shortName, email);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = opd.describe();
        opd.change(name.trim(), shortName.trim(), blankToNull(email));
        history.record(Kind.OPD, opd.getCode(), "DIUBAH", before, opd.describe());
        return Entry.of(opd);
    }

    /** Deactivates (false) or reactivates (true) an OPD. */
    @Transactional
    public Entry setActive(String code, boolean active) {
        Opd opd = existing(code);
        String before = opd.describe();
        opd.activate(active);
        history.record(Kind.OPD, opd.getCode(), active ? "DIAKTIFKAN" : "DINONAKTIFKAN", before, opd.describe());
        return Entry.of(opd);
    }

    private Opd existing(String code) {
        return (code == null ? java.util.Optional.<Opd>empty() : repository.findById(code))
                .orElseThrow(() -> InvalidInputException.of("kode", "tidak ada OPD dengan kode ini"));
    }

    private static List<FieldProblem> check(String name, String shortName, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            problems.add(new FieldProblem("nama", "wajib diisi, paling banyak 200 karakter"));
        }
        if (shortName == null || shortName.isBlank() || shortName.trim().length() > 80) {
            problems.add(new FieldProblem("singkatan", "wajib diisi, paling banyak 80 karakter"));
        }
        if (email != null
                && !email.isBlank()
                && (!Contacts.isEmail(email) || email.trim().length() > 200)) {
            problems.add(new FieldProblem("email", "harus alamat e-mail"));
        }
        return problems;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
