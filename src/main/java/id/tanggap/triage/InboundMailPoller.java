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
import java.util.HexFormat;
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
 * whose subject carries a ticket and whose sender is that case's reporter answers triage's
 * question. Every e-mail read is marked as read, answers and others alike, so none is taken twice;
 * its Message-ID keys the engine message. Off while {@code tanggap.mail.inbound.host} is empty.
 */
@Component
class InboundMailPoller {

    private static final Logger log = LoggerFactory.getLogger(InboundMailPoller.class);
    private static final Pattern TICKET = Pattern.compile("ADU-\\d{4}-\\d{6}");
    /** Where the quoted earlier message starts in a reply ("Pada ... menulis:", "On ... wrote:", "> "). */
    private static final Pattern QUOTE_START =
            Pattern.compile("(?m)^(>|Pada .*menulis:|On .*wrote:|-----Original Message-----|-- $)");

    private final ComplainantReplies replies;
    private final String host;
    private final int port;
    private final String protocol;
    private final String username;
    private final String password;
    private final String folder;

    InboundMailPoller(
            ComplainantReplies replies,
            @Value("${tanggap.mail.inbound.host:}") String host,
            @Value("${tanggap.mail.inbound.port:993}") int port,
            @Value("${tanggap.mail.inbound.protocol:imaps}") String protocol,
            @Value("${tanggap.mail.inbound.username:}") String username,
            @Value("${tanggap.mail.inbound.password:}") String password,
            @Value("${tanggap.mail.inbound.folder:INBOX}") String folder) {
        this.replies = replies;
        this.host = host;
        this.port = port;
        this.protocol = protocol;
        this.username = username;
        this.password = password;
        this.folder = folder;
    }

    boolean enabled() {
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
            Matcher ticket = TICKET.matcher(String.valueOf(m.getSubject()));
            Address[] from = m.getFrom();
            if (!ticket.find() || from == null || from.length == 0) {
                return false;
            }
            String sender = ((InternetAddress) from[0]).getAddress();
            String text = answerPart(plainText(m));
            String[] ids = m.getHeader("Message-ID");
            String id = ids == null || ids.length == 0 ? ticket.group() + m.getSentDate() + text : ids[0];
            boolean taken = replies.answerByEmail(ticket.group(), sender, text, hash(id));
            log.info("inbound e-mail about {}: {}", ticket.group(), taken ? "answer taken" : "not an awaited answer");
            return taken;
        } catch (Exception e) {
            log.warn("inbound e-mail skipped: {}", e.toString()); // no sender or content in the log
            return false;
        }
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
