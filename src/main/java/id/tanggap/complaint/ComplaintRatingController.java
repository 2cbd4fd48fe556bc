package id.tanggap.complaint;

import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The complainant rates a resolved case: JSON for apps and channels, a form on the tracking page. */
@Controller
class ComplaintRatingController {

    record RatingRequest(String code, Integer rating, String comment) {}

    private final ComplaintRating rating;
    private final TrackingPage page;

    ComplaintRatingController(ComplaintRating rating, TrackingPage page) {
        this.rating = rating;
        this.page = page;
    }

    @PostMapping("/api/complaints/{ticket}/rating")
    @ResponseBody
    ResponseEntity<Void> rate(@PathVariable String ticket, @RequestBody RatingRequest request) {
        rating.rate(ticket, request.code(), request.rating(), request.comment());
        return ResponseEntity.accepted().build();
    }

    /** A refusal (a wrong code, a rating sent again after Back) shows the page again, the reason beside the form. */
    @PostMapping("/lacak/{ticket}/nilai")
    String rateFromPage(
            @PathVariable String ticket,
            @RequestParam String kode,
            @RequestParam Integer nilai,
            @RequestParam(required = false) String komentar,
            Model model,
            HttpServletResponse response) {
        String refusal;
        HttpStatusCode status;
        try {
            rating.rate(ticket, kode, nilai, komentar);
            return "redirect:/lacak/" + ticket + "?dinilai";
        } catch (InvalidInputException e) {
            status = HttpStatus.BAD_REQUEST;
            refusal = e.problems().stream().anyMatch(p -> p.field().equals("comment"))
                    ? "Komentar paling banyak 1000 karakter. Persingkat komentar Anda, lalu kirim lagi."
                    : "Pilih nilai 1 sampai 5, lalu kirim lagi.";
        } catch (ResponseStatusException e) {
            status = e.getStatusCode();
            refusal = status.value() == HttpStatus.CONFLICT.value()
                    ? "Aduan ini tidak sedang menunggu penilaian. Jika Anda baru saja mengirim penilaian, penilaian itu"
                            + " sudah kami terima."
                    : "Kode penilaian tidak cocok. Buka kembali tautan dari pemberitahuan penyelesaian yang kami kirim.";
        } catch (NotFoundException e) {
            return page.show(ticket, null, false, model, response);
        }
        response.setStatus(status.value());
        model.addAttribute("ratingError", refusal);
        model.addAttribute("ratingValue", nilai);
        model.addAttribute("ratingComment", komentar);
        return page.show(ticket, kode, false, model, response);
    }
}
