package id.tanggap.masterdata;

import id.tanggap.officials.Officials;
import id.tanggap.officials.PositionRegister;
import id.tanggap.registry.PositionHolders;
import id.tanggap.routing.OpdRegister;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /data-induk/jabatan}: the positions of each OPD that routing names, and who holds each today. A new holder is
 * given through {@link PositionHolders}, the same path as {@code PUT /api/officials/<nip>}.
 */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class PositionPages {

    private final PositionRegister positions;
    private final PositionHolders holders;
    private final OpdRegister opds;
    private final Officials officials;

    PositionPages(PositionRegister positions, PositionHolders holders, OpdRegister opds, Officials officials) {
        this.positions = positions;
        this.holders = holders;
        this.opds = opds;
        this.officials = officials;
    }

    @GetMapping("/data-induk/jabatan")
    String list(@RequestParam(required = false) String opd, @RequestParam(required = false) String kode, Model model) {
        if (opd != null && kode != null) {
            PositionRegister.Entry e = positions
                    .find(opd, kode)
                    .orElseThrow(() -> new NotFoundException("Tidak ada jabatan " + kode + " di " + opd));
            model.addAttribute("editing", e);
            // the officials of the position's OPD, who may hold it
            model.addAttribute(
                    "candidates",
                    officials.all().stream()
                            .filter(o -> opd.equals(o.getOpdCode()))
                            .sorted(Comparator.comparing(o -> o.getName()))
                            .toList());
            if (!model.containsAttribute("form")) {
                model.addAttribute(
                        "form", FormPage.typed("opd", e.opdCode(), "kode", e.code(), "judul", e.title(), "ubah", "1"));
            }
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FormPage.typed());
        }
        model.addAttribute("opds", opds.list());
        model.addAttribute("entries", positions.list());
        return "masterdata/positions";
    }

    @PostMapping("/data-induk/jabatan")
    String save(
            @RequestParam(required = false) String opd,
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String judul,
            @RequestParam(required = false) String ubah,
            HttpServletResponse response,
            Model model) {
        try {
            if (!FormPage.editing(ubah) && (opd == null || opds.find(opd).isEmpty())) {
                throw InvalidInputException.of("opd", "pilih OPD yang terdaftar");
            }
            PositionRegister.Entry saved =
                    FormPage.editing(ubah) ? positions.retitle(opd, kode, judul) : positions.create(opd, kode, judul);
            return OpdPages.saved("/data-induk/jabatan", saved.key());
        } catch (InvalidInputException e) {
            FormPage.refused(
                    "position",
                    e,
                    FormPage.typed("opd", opd, "kode", kode, "judul", judul, "ubah", ubah),
                    response,
                    model);
            return list(null, null, model);
        }
    }

    @PostMapping("/data-induk/jabatan/status")
    String status(
            @RequestParam(required = false) String opd,
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String aktif,
            HttpServletResponse response,
            Model model) {
        try {
            return OpdPages.saved(
                    "/data-induk/jabatan",
                    positions.setActive(opd, kode, "true".equals(aktif)).key());
        } catch (InvalidInputException e) {
            FormPage.refused("position status", e, FormPage.typed(), response, model);
            return list(null, null, model);
        }
    }

    @PostMapping("/data-induk/jabatan/pemegang")
    String holder(
            @RequestParam(required = false) String opd,
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String nip,
            @AuthenticationPrincipal StaffUser user,
            HttpServletResponse response,
            Model model) {
        try {
            holders.assign(opd, kode, nip, user.username());
            return OpdPages.saved("/data-induk/jabatan", opd + "/" + kode);
        } catch (InvalidInputException e) {
            FormPage.refused("position holder", e, FormPage.typed("nip", nip), response, model);
            boolean known =
                    opd != null && kode != null && positions.find(opd, kode).isPresent();
            return list(known ? opd : null, known ? kode : null, model);
        }
    }
}
