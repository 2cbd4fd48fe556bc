package id.tanggap.hoax;

import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /hoaks}: Diskominfo's hoax register, listed and added to. Everything typed is shown as text, never as markup. */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class HoaxController {

    private static final Logger log = LoggerFactory.getLogger(HoaxController.class);

    private final HoaxRegister register;

    HoaxController(HoaxRegister register) {
        this.register = register;
    }

    @GetMapping("/hoaks")
    String list(Model model) {
        model.addAttribute("entries", register.all());
        model.addAttribute("verdicts", Arrays.asList(HoaxVerdict.values()));
        return "hoax/register";
    }

    @PostMapping("/hoaks")
    String add(
            @RequestParam(name = "alamat", required = false) String address,
            @RequestParam(name = "putusan", required = false) String verdict,
            @RequestParam(name = "klarifikasi", required = false) String clarification,
            @AuthenticationPrincipal StaffUser user,
            HttpServletResponse response,
            Model model) {
        try {
            HoaxRegister.Entry saved = register.register(address, verdict, clarification, user.username());
            model.addAttribute("saved", saved);
        } catch (InvalidInputException e) {
            log.info(
                    "hoax register entry refused: {}",
                    e.problems().stream().map(p -> p.field()).toList());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "errors",
                    e.problems().stream()
                            .map(p -> p.field() + ": " + p.message())
                            .toList());
            model.addAttribute("alamat", address);
            model.addAttribute("putusan", verdict);
            model.addAttribute("klarifikasi", clarification);
        }
        return list(model);
    }
}
