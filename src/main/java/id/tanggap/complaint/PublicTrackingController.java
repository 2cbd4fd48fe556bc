package id.tanggap.complaint;

import jakarta.servlet.http.HttpServletResponse;
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
    private final TrackingPage page;

    PublicTrackingController(ComplaintQueries queries, TrackingPage page) {
        this.queries = queries;
        this.page = page;
    }

    @GetMapping("/api/complaints/{ticket}")
    @ResponseBody
    PublicStatus status(@PathVariable String ticket) {
        return queries.publicStatus(ticket);
    }

    @GetMapping("/lacak/{ticket}")
    String page(
            @PathVariable String ticket,
            @RequestParam(name = "kode", required = false) String code,
            @RequestParam(name = "baru", required = false) String justFiled,
            Model model,
            HttpServletResponse response) {
        return page.show(ticket, code, justFiled != null, model, response);
    }
}
