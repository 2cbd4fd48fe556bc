package id.tanggap.complaint;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Public tracking: the JSON status of a ticket and the page the tracking link opens. */
@Controller
class PublicTrackingController {

    private final ComplaintQueries queries;

    PublicTrackingController(ComplaintQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/complaints/{ticket}")
    @ResponseBody
    PublicStatus status(@PathVariable String ticket) {
        return queries.publicStatus(ticket);
    }

    @GetMapping("/lacak/{ticket}")
    String page(@PathVariable String ticket, @RequestParam(name = "kode", required = false) String code, Model model) {
        model.addAttribute("status", queries.publicStatus(ticket));
        model.addAttribute("code", code);
        return "public/tracking";
    }
}
