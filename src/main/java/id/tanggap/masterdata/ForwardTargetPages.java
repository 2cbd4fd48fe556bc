package id.tanggap.masterdata;

import id.tanggap.forwarding.ForwardTargets;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /data-induk/tujuan-penerusan}: the regencies and cities of NTB and SP4N-LAPOR! that cases go to. */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class ForwardTargetPages {

    private final ForwardTargets targets;

    ForwardTargetPages(ForwardTargets targets) {
        this.targets = targets;
    }

    @GetMapping("/data-induk/tujuan-penerusan")
    String list(@RequestParam(required = false) String kode, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    kode == null
                            ? FormPage.typed()
                            : targets.find(kode)
                                    .map(e -> FormPage.typed(
                                            "kode", e.code(), "nama", e.name(), "jenis", e.kind(), "email", e.email(),
                                            "ubah", "1"))
                                    .orElseThrow(() -> new NotFoundException("Tidak ada tujuan penerusan " + kode)));
        }
        model.addAttribute("entries", targets.list());
        return "masterdata/targets";
    }

    @PostMapping("/data-induk/tujuan-penerusan")
    String save(
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String nama,
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String ubah,
            HttpServletResponse response,
            Model model) {
        try {
            ForwardTargets.Entry saved = FormPage.editing(ubah)
                    ? targets.update(kode, nama, jenis, email)
                    : targets.create(kode, nama, jenis, email);
            return OpdPages.saved("/data-induk/tujuan-penerusan", saved.code());
        } catch (InvalidInputException e) {
            FormPage.refused(
                    "forward target",
                    e,
                    FormPage.typed("kode", kode, "nama", nama, "jenis", jenis, "email", email, "ubah", ubah),
                    response,
                    model);
            return list(null, model);
        }
    }

    @PostMapping("/data-induk/tujuan-penerusan/status")
    String status(
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String aktif,
            HttpServletResponse response,
            Model model) {
        try {
            return OpdPages.saved(
                    "/data-induk/tujuan-penerusan",
                    targets.setActive(kode, "true".equals(aktif)).code());
        } catch (InvalidInputException e) {
            FormPage.refused("forward target status", e, FormPage.typed(), response, model);
            return list(null, model);
        }
    }
}
