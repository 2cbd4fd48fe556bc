package id.tanggap.triage;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.Complaints;
import id.tanggap.complaint.Timeline;
import id.tanggap.process.EngineGateway;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The complainant's answer to triage's question, from the tracking page (with the code sent with
 * the question) or from an e-mail read from the inbound mailbox (from the reporter's own address, and
 * sent to the case's tagged Reply-To or quoting the code: see {@link #answerByEmail}).
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

    /** What became of an e-mail about a case. */
    enum EmailOutcome {
        /** Taken as the answer to the case's question. */
        TAKEN,
        /** Not an answer this case waits for (no such case, another sender, not waiting, empty): nothing changed. */
        NOT_AWAITED,
        /** From the reporter's address but neither to the case's tagged Reply-To nor quoting its code: ignored. */
        UNPROVEN
    }

    /** The answer code as it appears in the question e-mail, and the size of the text looked through for it. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z2-9]{8}\\b");

    static final int CODE_SEARCH_LIMIT = 20_000;

    /**
     * From an e-mail from the reporter's own address that proves it answers this case's question: either it reached
     * the mailbox through the case's tagged Reply-To ({@code taggedReplyTo}, checked by ReplyAddresses), or its text
     * (with the quoted question) carries the case's current answer code, which only the question e-mail and the
     * complainant's private channels carried. The From header alone proves nothing: anyone can write it.
     *
     * @param answer the answer without the quoted question
     * @param fullText the whole plain text, looked through for the code (its first {@value #CODE_SEARCH_LIMIT}
     *     characters: a longer text cannot list many guesses)
     */
    EmailOutcome answerByEmail(
            String ticket, String sender, String answer, String fullText, boolean taggedReplyTo, String emailId) {
        Complaint c = complaints.byTicket(ticket).orElse(null);
        if (c == null
                || c.isAnonymous()
                || c.getReporterContact() == null
                || sender == null
                || !c.getReporterContact().trim().equalsIgnoreCase(sender.trim())
                || c.getStatus() != ComplaintStatus.MENUNGGU_INFO
                || answer == null
                || answer.isBlank()) {
            return EmailOutcome.NOT_AWAITED;
        }
        if (!taggedReplyTo && !quotesCode(fullText, c.getConfirmationCode())) {
            return EmailOutcome.UNPROVEN;
        }
        answer(c, answer, "e-mail", "email:" + emailId);
        return EmailOutcome.TAKEN;
    }

    static boolean quotesCode(String text, String code) {
        if (text == null || code == null || code.isBlank()) {
            return false;
        }
        Matcher m = CODE.matcher(text.length() > CODE_SEARCH_LIMIT ? text.substring(0, CODE_SEARCH_LIMIT) : text);
        while (m.find()) {
            if (MessageDigest.isEqual(
                    m.group().getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
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
