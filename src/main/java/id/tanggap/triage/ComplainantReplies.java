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
        UNPROVEN,
        /**
         * From the reporter's address, not to the tagged Reply-To, after {@value #MAX_UNPROVEN_EMAILS} unproven
         * e-mails for the case: answer codes by e-mail are no longer taken for it, right or wrong.
         */
        CODE_ANSWERS_OFF
    }

    /**
     * The answer code where the question e-mail puts it: after its label "Kode jawaban:" at the start of a line, maybe
     * quoted ("> ", "> > ") and maybe bold ("*ABCD2345*", a client's text of the HTML part).
     */
    private static final Pattern CODE =
            Pattern.compile("(?m)^[ \\t>]*(?i:kode jawaban)[ \\t]*:[ \\t]*\\*?([A-Z2-9]{8})\\b");

    /** How much of the text is looked through, and how many labelled codes in it are compared: the rest is ignored. */
    static final int CODE_SEARCH_LIMIT = 20_000;

    static final int MAX_CODE_CANDIDATES = 3;

    /**
     * Unproven e-mails from the reporter's address a case takes before it stops taking answer codes by e-mail: with
     * {@value #MAX_CODE_CANDIDATES} guesses per e-mail, at most 15 guesses at a code of 32^8 values.
     */
    static final int MAX_UNPROVEN_EMAILS = 5;

    /** The answer code of the question the case awaits an answer to now; null when it awaits none. */
    String currentAnswerCode(String ticket) {
        return complaints
                .byTicket(ticket)
                .filter(c -> c.getStatus() == ComplaintStatus.MENUNGGU_INFO)
                .map(Complaint::getConfirmationCode)
                .orElse(null);
    }

    /**
     * From an e-mail from the reporter's own address that proves it answers this case's question: either it reached
     * the mailbox through the case's tagged Reply-To ({@code taggedReplyTo}, checked by ReplyAddresses), or its text
     * (with the quoted question) carries the case's current answer code after the question's label, which only the
     * question e-mail and the complainant's private channels carried. The From header alone proves nothing: anyone
     * can write it. Each unproven e-mail is noted on the internal timeline; after {@value #MAX_UNPROVEN_EMAILS} of
     * them, codes by e-mail no longer count for the case (the tracking page and the tagged Reply-To still do).
     *
     * @param answer the answer without the quoted question
     * @param fullText the whole plain text, looked through for the code (see {@link #quotesCode})
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
        if (!taggedReplyTo) {
            String unproven = MESSAGE + ":" + c.getTicket() + ":unproven:";
            long before = timeline.count(c, unproven);
            if (before >= MAX_UNPROVEN_EMAILS) {
                return EmailOutcome.CODE_ANSWERS_OFF;
            }
            if (!quotesCode(fullText, c.getConfirmationCode())) {
                String note = "E-mail atas nama pelapor diabaikan: tidak dikirim ke alamat balasan aduan ini dan tidak"
                        + " memuat kode jawabannya"
                        + (before + 1 >= MAX_UNPROVEN_EMAILS
                                ? ". Setelah " + MAX_UNPROVEN_EMAILS + " e-mail seperti ini, kode jawaban lewat e-mail"
                                        + " tidak lagi diterima untuk aduan ini (halaman pelacakan dan alamat"
                                        + " balasan aduan tetap bisa dipakai)."
                                : ".");
                cases.update(c.getId(), (complaint, now) -> {
                    timeline.recordInternal(complaint, unproven + emailId, complaint.getStatus(), now, "Tanggap", note);
                    return null;
                });
                return EmailOutcome.UNPROVEN;
            }
        }
        answer(c, answer, "e-mail", "email:" + emailId);
        return EmailOutcome.TAKEN;
    }

    /**
     * Whether the text quotes the code after the question e-mail's label ("Kode jawaban: ABCD2345"). Only the first
     * {@value #MAX_CODE_CANDIDATES} labelled codes within the first {@value #CODE_SEARCH_LIMIT} characters are
     * compared, so one e-mail cannot carry more guesses than that.
     */
    static boolean quotesCode(String text, String code) {
        if (text == null || code == null || code.isBlank()) {
            return false;
        }
        Matcher m = CODE.matcher(text.length() > CODE_SEARCH_LIMIT ? text.substring(0, CODE_SEARCH_LIMIT) : text);
        boolean quoted = false;
        for (int candidates = 0; candidates < MAX_CODE_CANDIDATES && m.find(); candidates++) {
            // each candidate is compared in constant time
            quoted |= MessageDigest.isEqual(
                    m.group(1).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII));
        }
        return quoted;
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
