package id.tanggap.complaint;

import id.tanggap.shared.NotFoundException;
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

    PublicTrackingController(ComplaintQueries queries) {
        this.queries = queries;
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
        try {
            model.addAttribute("status", queries.publicStatus(ticket));
        } catch (NotFoundException e) {
            // a mistyped ticket in a browser gets a page to try again, not the API's problem details
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("pesan", "Tidak ada aduan dengan nomor tiket " + ticket + ".");
            model.addAttribute("tiket", ticket);
            return "error/404";
        }
        model.addAttribute("code", code);
        // the complainant (with the code of the resolution notice) sees their text and photos; the public the area
        model.addAttribute("own", queries.complainantView(ticket, code).orElse(null));
        model.addAttribute("region", queries.byTicket(ticket).getRegion());
        model.addAttribute("justFiled", justFiled != null);
        // a complainant reached only publicly proves their account on /lacak/{ticket}/bukti-penilaian to rate
        model.addAttribute("ratingProofOffered", queries.byTicket(ticket).reachedOnlyPublicly());
        return "public/tracking";
    }
}
