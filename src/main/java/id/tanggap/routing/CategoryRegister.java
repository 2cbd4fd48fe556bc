package id.tanggap.routing;

import id.tanggap.audit.MasterDataHistory;
import id.tanggap.audit.MasterDataHistory.Kind;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the complaint categories (the master data screens). A category's code is also its Open311 service code
 * ({@code service_code} of {@code /open311/v2/services.json}) and the input of complaint-routing.dmn, so it never
 * changes once given; a category is never deleted (cases name it), deactivated it is no longer offered.
 */
@Component
public class CategoryRegister {

    /** A category as the screens show it; {@code code} is the Open311 service code. */
    public record Entry(String code, String name, boolean active) {}

    private final ComplaintCategoryRepository repository;
    private final MasterDataHistory history;

    CategoryRegister(ComplaintCategoryRepository repository, MasterDataHistory history) {
        this.repository = repository;
        this.history = history;
    }

    /** Every category, active or not, by name. */
    public List<Entry> list() {
        return repository.allByName().stream().map(CategoryRegister::entry).toList();
    }

    public java.util.Optional<Entry> find(String code) {
        return code == null
                ? java.util.Optional.empty()
                : repository.findById(code).map(CategoryRegister::entry);
    }

    @Transactional
    public Entry create(String code, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(new FieldProblem("kode", "huruf besar, angka dan _, 2 sampai 40 karakter"));
        } else if (repository.existsById(c)) {
            problems.add(new FieldProblem("kode", "kode " + c + " sudah dipakai"));
        }
        checkName(name, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ComplaintCategory category = repository.save(new ComplaintCategory(c, name.trim()));
        history.record(Kind.CATEGORY, c, "DIBUAT", null, category.describe());
        return entry(category);
    }

    @Transactional
    public Entry rename(String code, String name) {
        ComplaintCategory category = existing(code);
        List<FieldProblem> problems = new ArrayList<>();
        checkName(name, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = category.describe();
        category.rename(name.trim());
        history.record(Kind.CATEGORY, category.getCode(), "DIUBAH", before, category.describe());
        return entry(category);
    }

    @Transactional
    public Entry setActive(String code, boolean active) {
        ComplaintCategory category = existing(code);
        String before = category.describe();
        category.activate(active);
        history.record(
                Kind.CATEGORY,
                category.getCode(),
                active ? "DIAKTIFKAN" : "DINONAKTIFKAN",
                before,
                category.describe());
        return entry(category);
    }

    private ComplaintCategory existing(String code) {
        return (code == null ? java.util.Optional.<ComplaintCategory>empty() : repository.findById(code))
                .orElseThrow(() -> InvalidInputException.of("kode", "tidak ada kategori dengan kode ini"));
    }

    private static void checkName(String name, List<FieldProblem> problems) {
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            problems.add(new FieldProblem("nama", "wajib diisi, paling banyak 200 karakter"));
        }
    }

    private static Entry entry(ComplaintCategory c) {
        return new Entry(c.getCode(), c.getName(), c.isActive());
    }
}
