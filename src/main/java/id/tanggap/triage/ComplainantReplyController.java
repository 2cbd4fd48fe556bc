package id.tanggap.triage;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The complainant answers triage's question: JSON for apps, a form on the tracking page. */
@Controller
class ComplainantReplyController {

    record InfoRequest(String code, String text) {}

    private final ComplainantReplies replies;

    ComplainantReplyController(ComplainantReplies replies) {
        this.replies = replies;
    }

    @PostMapping("/api/complaints/{ticket}/info")
    @ResponseBody
    ResponseEntity<Void> answer(@PathVariable String ticket, @RequestBody InfoRequest request) {
        replies.answerWithCode(ticket, request.code(), request.text());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/lacak/{ticket}/info")
    String answerFromPage(@PathVariable String ticket, @RequestParam String kode, @RequestParam String info) {
        replies.answerWithCode(ticket, kode, info);
        return "redirect:/lacak/" + ticket + "?terkirim";
    }
}
