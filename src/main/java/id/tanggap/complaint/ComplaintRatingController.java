package id.tanggap.complaint;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The complainant rates a resolved case: JSON for apps and channels, a form on the tracking page. */
@Controller
class ComplaintRatingController {

    record RatingRequest(String code, Integer rating, String comment) {}

    private final ComplaintRating rating;

    ComplaintRatingController(ComplaintRating rating) {
        this.rating = rating;
    }

    @PostMapping("/api/complaints/{ticket}/rating")
    @ResponseBody
    ResponseEntity<Void> rate(@PathVariable String ticket, @RequestBody RatingRequest request) {
        rating.rate(ticket, request.code(), request.rating(), request.comment());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/lacak/{ticket}/nilai")
    String rateFromPage(
            @PathVariable String ticket,
            @RequestParam String kode,
            @RequestParam Integer nilai,
            @RequestParam(required = false) String komentar) {
        rating.rate(ticket, kode, nilai, komentar);
        return "redirect:/lacak/" + ticket + "?dinilai";
    }
}
