package id.tanggap.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /privasi}: the public privacy notice (UU 27/2022) that every page taking personal data links
 * to: what is collected, why, who sees it, how long it is kept, and how to ask about it.
 */
@Controller
class PrivacyPageController {

    private final PrivacyProperties privacy;

    PrivacyPageController(PrivacyProperties privacy) {
        this.privacy = privacy;
    }

    @GetMapping("/privasi")
    String page(Model model) {
        model.addAttribute("contact", privacy.contact());
        return "public/privacy";
    }
}
