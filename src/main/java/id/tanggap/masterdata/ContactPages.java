package id.tanggap.masterdata;

import id.tanggap.escalation.EscalationContacts;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /data-induk/kontak-eskalasi}: who receives escalations addressed to a province-wide role (Sekda, Gubernur, ...). */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class ContactPages {

    private final EscalationContacts contacts;

    ContactPages(EscalationContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/data-induk/kontak-eskalasi")
    String list(@RequestParam(required = false) String peran, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    peran == null
                            ? FormPage.typed()
                            : contacts.find(peran)
                                    .map(e -> FormPage.typed(
                                            "peran", e.role(), "nama", e.name(), "email", e.email(), "ubah", "1"))
                                    .orElseThrow(() -> new NotFoundException("Tidak ada kontak eskalasi " + peran)));
        }
        model.addAttribute("entries", contacts.list());
        return "masterdata/contacts";
    }

    @PostMapping("/data-induk/kontak-eskalasi")
    String save(
            @RequestParam(required = false) String peran,
            @RequestParam(required = false) String nama,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String ubah,
            HttpServletResponse response,
            Model model) {
        try {
            EscalationContacts.Entry saved =
                    FormPage.editing(ubah) ? contacts.update(peran, nama, email) : contacts.create(peran, nama, email);
            return OpdPages.saved("/data-induk/kontak-eskalasi", saved.role());
        } catch (InvalidInputException e) {
            FormPage.refused(
                    "escalation contact",
                    e,
                    FormPage.typed("peran", peran, "nama", nama, "email", email, "ubah", ubah),
                    response,
                    model);
            return list(null, model);
        }
    }
}
