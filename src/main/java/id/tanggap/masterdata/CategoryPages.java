package id.tanggap.masterdata;

import id.tanggap.routing.CategoryRegister;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /data-induk/kategori}: complaint categories; the code is also the Open311 service code. */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class CategoryPages {

    private final CategoryRegister categories;

    CategoryPages(CategoryRegister categories) {
        this.categories = categories;
    }

    @GetMapping("/data-induk/kategori")
    String list(@RequestParam(required = false) String kode, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    kode == null
                            ? FormPage.typed()
                            : categories
                                    .find(kode)
                                    .map(e -> FormPage.typed("kode", e.code(), "nama", e.name(), "ubah", "1"))
                                    .orElseThrow(() -> new NotFoundException("Tidak ada kategori " + kode)));
        }
        model.addAttribute("entries", categories.list());
        return "masterdata/categories";
    }

    @PostMapping("/data-induk/kategori")
    String save(
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String nama,
            @RequestParam(required = false) String ubah,
            HttpServletResponse response,
            Model model) {
        try {
            CategoryRegister.Entry saved =
                    FormPage.editing(ubah) ? categories.rename(kode, nama) : categories.create(kode, nama);
            return OpdPages.saved("/data-induk/kategori", saved.code());
        } catch (InvalidInputException e) {
            FormPage.refused("category", e, FormPage.typed("kode", kode, "nama", nama, "ubah", ubah), response, model);
            return list(null, model);
        }
    }

    @PostMapping("/data-induk/kategori/status")
    String status(
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String aktif,
            HttpServletResponse response,
            Model model) {
        try {
            return OpdPages.saved(
                    "/data-induk/kategori",
                    categories.setActive(kode, "true".equals(aktif)).code());
        } catch (InvalidInputException e) {
            FormPage.refused("category status", e, FormPage.typed(), response, model);
            return list(null, model);
        }
    }
}
