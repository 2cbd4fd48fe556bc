package id.tanggap.triage;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.Complaints;
import id.tanggap.complaint.Timeline;
import id.tanggap.process.EngineGateway;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The complainant's answer to triage's question, from the tracking page (with the code sent with
 * the question) or from an e-mail read from the inbound mailbox (from the reporter's own address).
 * It reaches the waiting process as the {@value #MESSAGE} message correlated on the ticket, written
 * to the engine outbox with the case change, so an engine that is away gets it later; the case
 * leaves "waiting for information" in the same transaction, so a second answer is refused (409).
 */
@Service
class ComplainantReplies {

    static final String MESSAGE = "complainant-info";
    static final int MAX_LENGTH = 2000;

    private final Complaints complaints;
    private final CaseUpdates cases;
    private final Timeline timeline;
    private final EngineGateway engine;

    ComplainantReplies(Complaints complaints, CaseUpdates cases, Timeline timeline, EngineGateway engine) {
        this.complaints = complaints;
        this.cases = cases;
        this.timeline = timeline;
        this.engine = engine;
    }

    /** From the tracking page or the API: the code sent with the question proves it is the complainant. */
    void answerWithCode(String ticket, String code, String text) {
        Complaint c = find(ticket);
        if (code == null || c.getConfirmationCode() == null || !code.trim().equalsIgnoreCase(c.getConfirmationCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Kode jawaban tidak cocok");
        }
        answer(c, text, "halaman pelacakan", "web:" + cases.now().toEpochMilli());
    }

    /**
     * From an e-mail whose sender is the reporter's own address.
     *
     * @return false when the e-mail is not an answer this case waits for (nothing is changed)
     */
    boolean answerByEmail(String ticket, String sender, String text, String emailId) {
        Complaint c = complaints.byTicket(ticket).orElse(null);
        if (c == null
                || c.isAnonymous()
                || c.getReporterContact() == null
                || !c.getReporterContact().trim().equalsIgnoreCase(sender.trim())
                || c.getStatus() != ComplaintStatus.MENUNGGU_INFO
                || text == null
                || text.isBlank()) {
            return false;
        }
        answer(c, text, "e-mail", "email:" + emailId);
        return true;
    }

    private void answer(Complaint c, String text, String via, String answerId) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("info", "wajib diisi");
        }
        String answer = text.strip();
        if (answer.length() > MAX_LENGTH) {
            throw InvalidInputException.of("info", "paling banyak " + MAX_LENGTH + " karakter");
        }
        cases.update(c.getId(), (complaint, now) -> {
            if (complaint.getStatus() != ComplaintStatus.MENUNGGU_INFO) {
                throw new ResponseStatusException(
                        HttpStatus.CONFLICT, "Aduan ini tidak sedang menunggu informasi tambahan");
            }
            complaint.backToTriage(now);
            String key = MESSAGE + ":" + complaint.getTicket() + ":" + answerId;
            timeline.record(
                    complaint,
                    key,
                    ComplaintStatus.DITERIMA,
                    now,
                    "Pelapor",
                    "Pelapor mengirim informasi tambahan lewat " + via);
            // the answer itself is for the desk only: it may name people or places
            timeline.recordInternal(
                    complaint,
                    key + ":text",
                    ComplaintStatus.DITERIMA,
                    now,
                    "Pelapor",
                    Notes.fit("Informasi tambahan: " + answer));
            engine.publishLater(MESSAGE, complaint.getTicket(), key, Map.of("complainantInfo", answer));
            return null;
        });
    }

    private Complaint find(String ticket) {
        return complaints
                .byTicket(ticket)
                .orElseThrow(() -> new NotFoundException("Tidak ada aduan dengan nomor tiket " + ticket));
    }
}
