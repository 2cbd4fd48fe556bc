package id.tanggap.complaint;

import id.tanggap.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The public tracking page of a ticket, for its own address and for the complainant's forms on it: a refused rating or
 * answer shows the page again with the reason beside the form and what was typed.
 */
@Component
public class TrackingPage {

    private final ComplaintQueries queries;

    TrackingPage(ComplaintQueries queries) {
        this.queries = queries;
    }

    /** The view of {@code ticket}'s page, the model filled; an unknown ticket gets the 404 page to try another. */
    public String show(String ticket, String code, boolean justFiled, Model model, HttpServletResponse response) {
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
        model.addAttribute("justFiled", justFiled);
        // a complainant reached only publicly proves their account on /lacak/{ticket}/bukti-penilaian to rate
        model.addAttribute("ratingProofOffered", queries.byTicket(ticket).reachedOnlyPublicly());
        return "public/tracking";
    }
}
