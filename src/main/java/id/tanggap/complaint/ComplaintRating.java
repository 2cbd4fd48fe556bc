package id.tanggap.complaint;

import id.tanggap.process.EngineGateway;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The complainant's rating of a resolved case (1-5), given with the code from the resolution
 * notice; it reaches the waiting process as the {@code complaint-confirmed} message, correlated to
 * the ticket and the resolution round, so a rating never lands on a later round.
 */
@Service
class ComplaintRating {

    static final String MESSAGE = "complaint-confirmed";

    private final ComplaintRepository complaints;
    private final CaseUpdates cases;
    private final Timeline timeline;
    private final EngineGateway engine;

    ComplaintRating(ComplaintRepository complaints, CaseUpdates cases, Timeline timeline, EngineGateway engine) {
        this.complaints = complaints;
        this.cases = cases;
        this.timeline = timeline;
        this.engine = engine;
    }

    public void rate(String ticket, String code, Integer rating, String comment) {
        if (rating == null || rating < 1 || rating > 5) {
            throw InvalidInputException.of("rating", "harus angka 1 sampai 5");
        }
        if (comment != null && comment.length() > 1000) {
            throw InvalidInputException.of("comment", "paling banyak 1000 karakter");
        }
        Complaint c = complaints
                .findByTicket(ticket)
                .orElseThrow(() -> new NotFoundException("Tidak ada aduan dengan nomor tiket " + ticket));
        if (!c.getResolution().acceptsCode(code)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Kode penilaian tidak cocok");
        }
        if (!c.isAwaitingConfirmation()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Aduan ini tidak sedang menunggu penilaian");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("rating", rating);
        variables.put("ratingComment", comment == null ? "" : comment.trim());
        // the message is written with the rating and reaches the engine after the commit (also when it is down right
        // now)
        cases.update(c.getId(), (complaint, now) -> {
            String round = ticket + ":" + complaint.getResolutionRound();
            complaint.rated(rating, comment, now);
            timeline.record(
                    complaint,
                    round,
                    complaint.getStatus(),
                    now,
                    "Pelapor",
                    "Pelapor memberi nilai " + rating + " dari 5");
            engine.publishLater(MESSAGE, round, round + ":rating", variables);
            return null;
        });
    }
}
