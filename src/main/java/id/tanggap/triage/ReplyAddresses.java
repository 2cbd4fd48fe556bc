package id.tanggap.triage;

import id.tanggap.shared.ApplicationKeys;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Reply-To address of a question e-mail: the inbound mailbox's address with a tag for the case
 * ({@code aduan+adu-2026-000123.<20 hex digits>@pemprov.example}), the digits a keyed hash of the ticket and the
 * question's answer code ({@link ApplicationKeys#signHex}: HMAC-SHA256 under {@link ApplicationKeys#MAIL_REPLIES}).
 * Only the complainant received it, so an e-mail that reaches the mailbox through that address answers that
 * question of that case; a forged {@code From} alone is not enough. Each question has its own code, so the address
 * of an earlier question (a forwarded or archived e-mail) does not answer a later one, and none answers once the
 * case's code has moved on. The mail server must deliver {@code local+tag@domain} to the mailbox
 * {@code local@domain} (sub-addressing: Postfix {@code recipient_delimiter = +}, Exim, Google Workspace,
 * Microsoft 365) and keep the address in {@code To}/{@code Delivered-To}. Off while
 * {@code tanggap.mail.inbound.address} is empty, and while the mailbox is not read
 * ({@code tanggap.mail.inbound.host} empty, as {@link InboundMailPoller#enabled()}): a Reply-To to a mailbox
 * nobody reads would lose the answers, so then question e-mails carry no Reply-To (replies go to the outbound
 * From) and an answer must quote the question's answer code; one WARN at startup says so.
 */
@Component
class ReplyAddresses {

    /** The tag in a recipient's local part: {@code +adu-yyyy-nnnnnn.<hex>} (servers may change the case). */
    private static final Pattern TAG =
            Pattern.compile("\\+(adu-\\d{4}-\\d{6})\\.([0-9a-f]{20})@", Pattern.CASE_INSENSITIVE);

    private static final int TAG_BYTES = 10;

    private static final Logger log = LoggerFactory.getLogger(ReplyAddresses.class);

    private final ApplicationKeys keys;
    private final InternetAddress inbound;
    private final boolean polled;

    /**
     * @param address the inbound mailbox's own address ({@code tanggap.mail.inbound.address})
     * @param host the IMAP host it is read from ({@code tanggap.mail.inbound.host}): empty while nobody reads it
     */
    ReplyAddresses(
            ApplicationKeys keys,
            @Value("${tanggap.mail.inbound.address:}") String address,
            @Value("${tanggap.mail.inbound.host:}") String host) {
        this.keys = keys;
        this.inbound = parse(address);
        this.polled = InboundMailPoller.enabled(host);
        if (inbound != null && !polled) {
            // the address itself stays out of the log
            log.warn("tanggap.mail.inbound.address is set but the inbound mailbox is not read"
                    + " (tanggap.mail.inbound.host is empty): question e-mails get no tagged Reply-To, replies go to"
                    + " the outbound From and count only when they quote the answer code");
        }
    }

    private static InternetAddress parse(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            InternetAddress parsed = new InternetAddress(address.trim(), true);
            if (parsed.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain", address);
            }
            return parsed;
        } catch (AddressException e) {
            throw new IllegalStateException("tanggap.mail.inbound.address is not an e-mail address", e);
        }
    }

    /** Whether question e-mails get a tagged Reply-To: an inbound address is set and its mailbox is read. */
    boolean enabled() {
        return inbound != null && polled;
    }

    /** The Reply-To of the question with this answer code about this case, or empty while {@link #enabled() off}. */
    Optional<String> replyTo(String ticket, String answerCode) {
        if (!enabled()) {
            return Optional.empty();
        }
        String address = inbound.getAddress();
        int at = address.lastIndexOf('@');
        String tagged = address.substring(0, at) + "+" + ticket.toLowerCase(Locale.ROOT) + "." + tag(ticket, answerCode)
                + address.substring(at);
        try {
            return Optional.of(new InternetAddress(tagged, inbound.getPersonal(), StandardCharsets.UTF_8.name())
                    .toUnicodeString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The case an e-mail was sent to through its tagged address (To, Cc, Delivered-To, X-Original-To), when the tag
     * was made, under the current key or a previous one, for the question the case awaits an answer to now.
     *
     * @param currentCode the case's current answer code by ticket (null: no such case, or it has none)
     */
    Optional<String> ticketOf(List<String> recipients, Function<String, String> currentCode) {
        for (String recipient : recipients) {
            Matcher m = TAG.matcher(recipient);
            while (m.find()) {
                String ticket = m.group(1).toUpperCase(Locale.ROOT);
                String code = currentCode.apply(ticket);
                if (code != null && valid(ticket, code, m.group(2))) {
                    return Optional.of(ticket);
                }
            }
        }
        return Optional.empty();
    }

    private boolean valid(String ticket, String answerCode, String tag) {
        return keys.verifyHex(ApplicationKeys.MAIL_REPLIES, signed(ticket, answerCode), TAG_BYTES, tag);
    }

    private String tag(String ticket, String answerCode) {
        return keys.signHex(ApplicationKeys.MAIL_REPLIES, signed(ticket, answerCode), TAG_BYTES);
    }

    /** What the tag signs: the ticket and the question's answer code. */
    private static String signed(String ticket, String answerCode) {
        if (answerCode == null || answerCode.isBlank()) {
            throw new IllegalArgumentException("a question's reply address needs its answer code");
        }
        return ticket.toUpperCase(Locale.ROOT) + ":" + answerCode;
    }
}
