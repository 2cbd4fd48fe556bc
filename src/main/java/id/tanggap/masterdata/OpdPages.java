package id.tanggap.masterdata;

import id.tanggap.routing.OpdRegister;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /data-induk/opd}: the OPD register, added to, changed, deactivated and reactivated. */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class OpdPages {

    private final OpdRegister opds;

    OpdPages(OpdRegister opds) {
        this.opds = opds;
    }

    @GetMapping("/data-induk/opd")
    String list(@RequestParam(required = false) String kode, Model model) {
        if (!model.containsAttribute("form")) {
            Map<String, Object> form = FormPage.typed();
            if (kode != null) {
                OpdRegister.Entry e = opds.find(kode).orElseThrow(() -> new NotFoundException("Tidak ada OPD " + kode));
                form = FormPage.typed(
                        "kode",
                        e.code(),
                        "nama",
                        e.name(),
                        "singkatan",
                        e.shortName(),
                        "email",
                        e.email(),
                        "ubah",
                        "1");
            }
            model.addAttribute("form", form);
        }
        model.addAttribute("entries", opds.list());
        return "masterdata/opd";
    }

    @PostMapping("/data-induk/opd")
    String save(
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String nama,
            @RequestParam(required = false) String singkatan,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String ubah,
            HttpServletResponse response,
            Model model) {
        try {
            OpdRegister.Entry saved = FormPage.editing(ubah)
                    ? opds.update(kode, nama, singkatan, email)
                    : opds.create(kode, nama, singkatan, email);
            return saved("/data-induk/opd", saved.code());
        } catch (InvalidInputException e) {
            FormPage.refused(
                    "OPD",
                    e,
                    FormPage.typed("kode", kode, "nama", nama, "singkatan", singkatan, "email", email, "ubah", ubah),
                    response,
                    model);
            return list(null, model);
        }
    }

    @PostMapping("/data-induk/opd/status")
    String status(
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String aktif,
            HttpServletResponse response,
            Model model) {
        try {
            return saved(
                    "/data-induk/opd",
                    opds.setActive(kode, "true".equals(aktif)).code());
        } catch (InvalidInputException e) {
            FormPage.refused("OPD status", e, FormPage.typed(), response, model);
            return list(null, model);
        }
    }

    static String saved(String page, String key) {
        return "redirect:"
                + UriComponentsBuilder.fromPath(page)
                        .queryParam("disimpan", key)
                        .encode()
                        .build()
                        .toUriString();
    }
}
