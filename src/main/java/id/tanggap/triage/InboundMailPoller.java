package id.tanggap.triage;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads complainants' answers from the inbound mailbox over IMAP (Jakarta Mail): an unread e-mail
 * from a case's reporter answers triage's question when it proves it answers that question: it was
 * sent to the case's tagged Reply-To ({@link ReplyAddresses}, the case is read from the tag), or,
 * for questions sent without one, its subject carries the ticket and its text quotes the answer code
 * of the question e-mail after its label (few guesses per e-mail and per case: see ComplainantReplies). The From
 * header alone is not enough: anyone can forge it. Every e-mail read is marked as read, answers and others alike,
 * so none is taken twice; its Message-ID keys the engine message. Off while {@code tanggap.mail.inbound.host} is empty.
 */
@Component
class InboundMailPoller {

    private static final Logger log = LoggerFactory.getLogger(InboundMailPoller.class);
    private static final Pattern TICKET = Pattern.compile("ADU-\\d{4}-\\d{6}");
    /** Where the quoted earlier message starts in a reply ("Pada ... menulis:", "On ... wrote:", "> "). */
    private static final Pattern QUOTE_START =
            Pattern.compile("(?m)^(>|Pada .*menulis:|On .*wrote:|-----Original Message-----|-- $)");

    /** Where a server records the address a message was delivered to (sub-addressing keeps the tag there). */
    private static final String[] RECIPIENT_HEADERS = {"To", "Cc", "Delivered-To", "X-Original-To"};

    private final ComplainantReplies replies;
    private final ReplyAddresses replyAddresses;
    private final String host;
    private final int port;
    private final String protocol;
    private final String username;
    private final String password;
    private final String folder;

    InboundMailPoller(
            ComplainantReplies replies,
            ReplyAddresses replyAddresses,
            @Value("${tanggap.mail.inbound.host:}") String host,
            @Value("${tanggap.mail.inbound.port:993}") int port,
            @Value("${tanggap.mail.inbound.protocol:imaps}") String protocol,
            @Value("${tanggap.mail.inbound.username:}") String username,
            @Value("${tanggap.mail.inbound.password:}") String password,
            @Value("${tanggap.mail.inbound.folder:INBOX}") String folder) {
        this.replies = replies;
        this.replyAddresses = replyAddresses;
        this.host = host;
        this.port = port;
        this.protocol = protocol;
        this.username = username;
        this.password = password;
        this.folder = folder;
    }

    boolean enabled() {
        return enabled(host);
    }

    /** Whether a mailbox on this IMAP host ({@code tanggap.mail.inbound.host}) is read: off while it is empty. */
    static boolean enabled(String host) {
        return host != null && !host.isBlank();
    }

    @Scheduled(
            fixedDelayString = "${tanggap.mail.inbound.poll-interval:PT1M}",
            initialDelayString = "${tanggap.mail.inbound.poll-interval:PT1M}")
    void scheduledPoll() {
        if (!enabled()) {
            return;
        }
        try {
            poll();
        } catch (Exception e) {
            log.warn("inbound mailbox not read: {}", e.toString()); // retried at the next poll
        }
    }

    /** @return how many answers were taken */
    synchronized int poll() throws Exception {
        if (!enabled()) {
            return 0;
        }
        Properties props = new Properties();
        props.put("mail." + protocol + ".connectiontimeout", "5000");
        props.put("mail." + protocol + ".timeout", "10000");
        Store store = Session.getInstance(props).getStore(protocol);
        int taken = 0;
        store.connect(host, port, username, password);
        try {
            Folder inbox = store.getFolder(folder);
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message m : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (take(m)) {
                        taken++;
                    }
                    m.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
        return taken;
    }

    private boolean take(Message m) {
        try {
            Address[] from = m.getFrom();
            if (from == null || from.length == 0) {
                return false;
            }
            Optional<String> tagged = replyAddresses.ticketOf(recipients(m), replies::currentAnswerCode);
            Matcher subject = TICKET.matcher(String.valueOf(m.getSubject()));
            String ticket = tagged.orElseGet(() -> subject.find() ? subject.group() : null);
            if (ticket == null) {
                return false;
            }
            String sender = ((InternetAddress) from[0]).getAddress();
            String full = plainText(m);
            String text = answerPart(full);
            String[] ids = m.getHeader("Message-ID");
            String id = ids == null || ids.length == 0 ? ticket + m.getSentDate() + text : ids[0];
            var outcome = replies.answerByEmail(ticket, sender, text, full, tagged.isPresent(), hash(id));
            // the ticket and what became of the e-mail only: no sender, no content
            switch (outcome) {
                case TAKEN -> log.info("inbound e-mail about {}: answer taken", ticket);
                case UNPROVEN ->
                    log.warn(
                            "inbound e-mail about {}: ignored, it names the reporter as sender but came neither"
                                    + " through the case's reply address nor with its answer code (forged or"
                                    + " rewritten)",
                            ticket);
                case CODE_ANSWERS_OFF ->
                    log.warn(
                            "inbound e-mail about {}: ignored, answer codes by e-mail no longer count for this case"
                                    + " after {} unproven e-mails",
                            ticket,
                            ComplainantReplies.MAX_UNPROVEN_EMAILS);
                case NOT_AWAITED -> log.info("inbound e-mail about {}: not an awaited answer", ticket);
            }
            return outcome == ComplainantReplies.EmailOutcome.TAKEN;
        } catch (Exception e) {
            log.warn("inbound e-mail skipped: {}", e.getClass().getSimpleName()); // no sender or content in the log
            return false;
        }
    }

    /** The addresses the e-mail was sent or delivered to, as the headers have them. */
    private static List<String> recipients(Message m) throws Exception {
        List<String> out = new ArrayList<>();
        for (String header : RECIPIENT_HEADERS) {
            String[] values = m.getHeader(header);
            if (values != null) {
                out.addAll(Arrays.asList(values));
            }
        }
        return out;
    }

    static String answerPart(String text) {
        if (text == null) {
            return "";
        }
        Matcher quote = QUOTE_START.matcher(text);
        return (quote.find() ? text.substring(0, quote.start()) : text).strip();
    }

    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String hash(String id) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .substring(0, 24);
    }
}
