package id.tanggap.escalation;

import id.tanggap.audit.MasterDataHistory;
import id.tanggap.audit.MasterDataHistory.Kind;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the escalation contacts (the master data screens): the person and mailbox behind each province-wide role
 * that escalation-ladder.dmn and the report name (SEKDA, GOVERNOR, DISKOMINFO_HEAD, ...). {@link Escalations} reads
 * them at every escalation, so a change reaches the next e-mail. A role is never deleted or deactivated: the ladder
 * names it, and an escalation to a role without a contact would stop with an incident; a new role can be added for a
 * new step of the ladder.
 */
@Component
public class EscalationContacts {

    public record Entry(String role, String name, String email) {}

    private final EscalationContactRepository repository;
    private final MasterDataHistory history;

    EscalationContacts(EscalationContactRepository repository, MasterDataHistory history) {
        this.repository = repository;
        this.history = history;
    }

    public List<Entry> list() {
        return repository.allByRole().stream().map(EscalationContacts::entry).toList();
    }

    public Optional<Entry> find(String role) {
        return role == null ? Optional.empty() : repository.findById(role).map(EscalationContacts::entry);
    }

    @Transactional
    public Entry create(String role, String name, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        String r = role == null ? "" : role.trim().toUpperCase(Locale.ROOT);
        if (!r.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(new FieldProblem("peran", "huruf besar, angka dan _, 2 sampai 40 karakter"));
        } else if (repository.existsById(r)) {
            problems.add(new FieldProblem("peran", "peran " + r + " sudah ada"));
        }
        check(name, email, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EscalationContact contact = repository.save(new EscalationContact(r, name.trim(), email.trim()));
        history.record(Kind.ESCALATION_CONTACT, r, "DIBUAT", null, contact.describe());
        return entry(contact);
    }

    @Transactional
    public Entry update(String role, String name, String email) {
        EscalationContact contact = (role == null ? Optional.<EscalationContact>empty() : repository.findById(role))
                .orElseThrow(() -> InvalidInputException.of("peran", "tidak ada kontak untuk peran ini"));
        List<FieldProblem> problems = new ArrayList<>();
        check(name, email, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = contact.describe();
        contact.change(name.trim(), email.trim());
        history.record(Kind.ESCALATION_CONTACT, contact.getRole(), "DIUBAH", before, contact.describe());
        return entry(contact);
    }

    private static void check(String name, String email, List<FieldProblem> problems) {
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            problems.add(new FieldProblem("nama", "wajib diisi, paling banyak 200 karakter"));
        }
        if (!Contacts.isEmail(email) || email.trim().length() > 200) {
            problems.add(new FieldProblem("email", "wajib, alamat e-mail"));
        }
    }

    private static Entry entry(EscalationContact c) {
        return new Entry(c.getRole(), c.getName(), c.getEmail());
    }
}
