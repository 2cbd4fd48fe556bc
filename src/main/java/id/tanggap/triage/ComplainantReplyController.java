package id.tanggap.triage;

import id.tanggap.complaint.TrackingPage;
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

/** The complainant answers triage's question: JSON for apps, a form on the tracking page. */
@Controller
class ComplainantReplyController {

    record InfoRequest(String code, String text) {}

    private final ComplainantReplies replies;
    private final TrackingPage page;

    ComplainantReplyController(ComplainantReplies replies, TrackingPage page) {
        this.replies = replies;
        this.page = page;
    }

    @PostMapping("/api/complaints/{ticket}/info")
    @ResponseBody
    ResponseEntity<Void> answer(@PathVariable String ticket, @RequestBody InfoRequest request) {
        replies.answerWithCode(ticket, request.code(), request.text());
        return ResponseEntity.accepted().build();
    }

    /** A refusal (an empty answer, a wrong code, an answer sent twice) shows the page again with what was typed. */
    @PostMapping("/lacak/{ticket}/info")
    String answerFromPage(
            @PathVariable String ticket,
            @RequestParam String kode,
            @RequestParam String info,
            Model model,
            HttpServletResponse response) {
        String refusal;
        HttpStatusCode status;
        try {
            replies.answerWithCode(ticket, kode, info);
            return "redirect:/lacak/" + ticket + "?terkirim";
        } catch (InvalidInputException e) {
            status = HttpStatus.BAD_REQUEST;
            refusal = info.isBlank()
                    ? "Jawaban Anda masih kosong. Tulis informasi yang diminta, lalu kirim lagi."
                    : "Jawaban paling banyak " + ComplainantReplies.MAX_LENGTH
                            + " karakter. Persingkat jawaban Anda, lalu kirim lagi.";
        } catch (ResponseStatusException e) {
            status = e.getStatusCode();
            refusal = status.value() == HttpStatus.CONFLICT.value()
                    ? "Aduan ini tidak sedang menunggu informasi tambahan. Jika Anda baru saja mengirim jawaban, jawaban"
                            + " itu sudah kami terima."
                    : "Kode jawaban tidak cocok. Buka kembali tautan dari pesan yang kami kirim.";
        } catch (NotFoundException e) {
            return page.show(ticket, null, false, model, response);
        }
        response.setStatus(status.value());
        model.addAttribute("answerError", refusal);
        model.addAttribute("answerText", info);
        return page.show(ticket, kode, false, model, response);
    }
}
