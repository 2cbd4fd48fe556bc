package id.tanggap.audit;

import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
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
    private final Period personalData;
    private final Period photos;

    // the retention periods are the privacy module's settings; read by name, since that module uses this one
    PrivacyPageController(
            PrivacyProperties privacy,
            @Value("${tanggap.retention.personal-data:P2Y}") Period personalData,
            @Value("${tanggap.retention.photos:P1Y}") Period photos) {
        this.privacy = privacy;
        this.personalData = personalData;
        this.photos = photos;
    }

    /** "2 tahun", "1 tahun 6 bulan", "90 hari". */
    static String indonesian(Period p) {
        StringBuilder s = new StringBuilder();
        if (p.getYears() > 0) {
            s.append(p.getYears()).append(" tahun ");
        }
        if (p.getMonths() > 0) {
            s.append(p.getMonths()).append(" bulan ");
        }
        if (p.getDays() > 0 || s.isEmpty()) {
            s.append(p.getDays()).append(" hari");
        }
        return s.toString().strip();
    }

    @GetMapping("/privasi")
    String page(Model model) {
        model.addAttribute("contact", privacy.contact());
        model.addAttribute("personalDataKept", indonesian(personalData));
        model.addAttribute("photosKept", indonesian(photos));
        return "public/privacy";
    }
}
