package id.tanggap.forwarding;

import id.tanggap.audit.MasterDataHistory;
import id.tanggap.audit.MasterDataHistory.Kind;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the forwarding targets (the master data screens): the regencies and cities of NTB and SP4N-LAPOR!. Triage
 * reads them at every activation ({@link ForwardTargetChoices}), so a change needs no restart. A target is
 * never deleted (forwarded cases name it); deactivated, it is no longer offered.
 */
@Component
public class ForwardTargets {

    /** REGENCY (kabupaten), CITY (kota) or NATIONAL (SP4N-LAPOR!). */
    public static final Set<String> KINDS = Set.of("REGENCY", "CITY", "NATIONAL");

    public record Entry(String code, String name, String kind, String email, boolean active) {}

    private final ForwardTargetRepository repository;
    private final MasterDataHistory history;

    ForwardTargets(ForwardTargetRepository repository, MasterDataHistory history) {
        this.repository = repository;
        this.history = history;
    }

    /** Every target, regencies and cities first, by name. */
    public List<Entry> list() {
        return repository.findAll().stream()
                .sorted(Comparator.comparing((ForwardTarget t) -> "NATIONAL".equals(t.getKind()))
                        .thenComparing(ForwardTarget::getName))
                .map(ForwardTargets::entry)
                .toList();
    }

    public Optional<Entry> find(String code) {
        return code == null ? Optional.empty() : repository.findById(code).map(ForwardTargets::entry);
    }

    @Transactional
    public Entry create(String code, String name, String kind, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(new FieldProblem("kode", "huruf besar, angka dan _, 2 sampai 40 karakter"));
        } else if (repository.existsById(c)) {
            problems.add(new FieldProblem("kode", "kode " + c + " sudah dipakai"));
        }
        check(name, kind, email, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ForwardTarget target = repository.save(new ForwardTarget(c, name.trim(), kind, email.trim()));
        history.record(Kind.FORWARD_TARGET, c, "DIBUAT", null, target.describe());
        return entry(target);
    }

    @Transactional
    public Entry update(String code, String name, String kind, String email) {
        ForwardTarget target = existing(code);
        List<FieldProblem> problems = new ArrayList<>();
        check(name, kind, email, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = target.describe();
        target.change(name.trim(), kind, email.trim());
        history.record(Kind.FORWARD_TARGET, target.getCode(), "DIUBAH", before, target.describe());
        return entry(target);
    }

    @Transactional
    public Entry setActive(String code, boolean active) {
        ForwardTarget target = existing(code);
        String before = target.describe();
        target.activate(active);
        history.record(
                Kind.FORWARD_TARGET,
                target.getCode(),
                active ? "DIAKTIFKAN" : "DINONAKTIFKAN",
                before,
                target.describe());
        return entry(target);
    }

    private ForwardTarget existing(String code) {
        return (code == null ? Optional.<ForwardTarget>empty() : repository.findById(code))
                .orElseThrow(() -> InvalidInputException.of("kode", "tidak ada tujuan penerusan dengan kode ini"));
    }

    /** Every target is reached by e-mail (SP4N-LAPOR! also through its API when configured), so the address is required. */
    private static void check(String name, String kind, String email, List<FieldProblem> problems) {
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            problems.add(new FieldProblem("nama", "wajib diisi, paling banyak 200 karakter"));
        }
        if (kind == null || !KINDS.contains(kind)) {
            problems.add(new FieldProblem("jenis", "pilih kabupaten, kota atau nasional"));
        }
        if (!Contacts.isEmail(email) || email.trim().length() > 200) {
            problems.add(new FieldProblem("email", "wajib, alamat e-mail"));
        }
    }

    private static Entry entry(ForwardTarget t) {
        return new Entry(t.getCode(), t.getName(), t.getKind(), t.getEmail(), t.isActive());
    }
}
