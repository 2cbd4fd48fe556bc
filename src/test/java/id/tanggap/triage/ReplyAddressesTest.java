package id.tanggap.triage;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.ApplicationKeys;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The tagged Reply-To of question e-mails, and the code a reply to the plain address must quote. */
@ExtendWith(OutputCaptureExtension.class)
class ReplyAddressesTest {

    private static final String KEY = "dGFuZ2dhcC10ZXN0LWtleS0zMi1ieXRlcy1sb25nISE=";
    private static final String OLD_KEY = "ZGV2LW9ubHkta2V5LWZvci10YW5nZ2FwLWRldi1ydW4=";
    private static final String IMAP = "imap.pemprov.example";

    /** The answer code of the question the case awaits now. */
    private static final String CODE = "ABCD2345";

    private static final Function<String, String> AWAITING = ticket -> CODE;

    private final ReplyAddresses addresses =
            new ReplyAddresses(new ApplicationKeys(KEY, List.of()), "Tanggap Pemprov <aduan@pemprov.example>", IMAP);

    @Test
    void theReplyAddressNamesItsCaseAndOnlyThatCase() {
        String replyTo = addresses.replyTo("ADU-2026-000123", CODE).orElseThrow();
        assertThat(replyTo).matches("Tanggap Pemprov <aduan\\+adu-2026-000123\\.[0-9a-f]{20}@pemprov\\.example>");
        assertThat(addresses.ticketOf(List.of(replyTo), AWAITING)).contains("ADU-2026-000123");
        // servers may change the case of the local part
        assertThat(addresses.ticketOf(List.of(replyTo.toUpperCase()), AWAITING)).contains("ADU-2026-000123");
        // among other recipients, as a Delivered-To header without a name
        String bare = replyTo.substring(replyTo.indexOf('<') + 1, replyTo.indexOf('>'));
        assertThat(addresses.ticketOf(List.of("aduan@pemprov.example", bare), AWAITING))
                .contains("ADU-2026-000123");
    }

    @Test
    void theTagIsTheFirstTenBytesOfTheKeyedHashOfTicketAndAnswerCodeInHex() {
        // pinned: replies to questions already sent must keep counting whatever the code that makes the tags
        assertThat(addresses.replyTo("ADU-2026-000123", CODE).orElseThrow())
                .isEqualTo("Tanggap Pemprov <aduan+adu-2026-000123.9eec66e61874f621e3a2@pemprov.example>");
        var old = new ReplyAddresses(new ApplicationKeys(OLD_KEY, List.of()), "aduan@pemprov.example", IMAP);
        assertThat(old.replyTo("ADU-2026-000123", CODE).orElseThrow())
                .isEqualTo("aduan+adu-2026-000123.dee56dc5b7aed427d0e4@pemprov.example");
    }

    @Test
    void aTagMadeUpOrMovedToAnotherCaseIsRefused() {
        String replyTo = addresses.replyTo("ADU-2026-000123", CODE).orElseThrow();
        String tag = replyTo.substring(replyTo.lastIndexOf('.', replyTo.indexOf('@')) + 1, replyTo.indexOf('@'));
        assertThat(tag).hasSize(20);
        assertThat(addresses.ticketOf(List.of("aduan+adu-2026-000124." + tag + "@pemprov.example"), AWAITING))
                .isEmpty();
        assertThat(addresses.ticketOf(List.of("aduan+adu-2026-000123.0123456789abcdef0123@pemprov.example"), AWAITING))
                .isEmpty();
        assertThat(addresses.ticketOf(List.of("aduan@pemprov.example"), AWAITING))
                .isEmpty();
        // under another key
        var other = new ReplyAddresses(new ApplicationKeys(OLD_KEY, List.of()), "aduan@pemprov.example", IMAP);
        assertThat(other.ticketOf(List.of(replyTo), AWAITING)).isEmpty();
    }

    @Test
    void aReplyToAQuestionSentBeforeAKeyRotationStillCounts() {
        var before = new ReplyAddresses(new ApplicationKeys(OLD_KEY, List.of()), "aduan@pemprov.example", IMAP);
        String replyTo = before.replyTo("ADU-2026-000123", CODE).orElseThrow();
        var after = new ReplyAddresses(new ApplicationKeys(KEY, List.of(OLD_KEY)), "aduan@pemprov.example", IMAP);
        assertThat(after.ticketOf(List.of(replyTo), AWAITING)).contains("ADU-2026-000123");
    }

    @Test
    void theAddressOfAnEarlierQuestionDoesNotAnswerALaterOneNorACaseThatAwaitsNone() {
        String earlier = addresses.replyTo("ADU-2026-000123", "AAAA2222").orElseThrow();
        assertThat(addresses.ticketOf(List.of(earlier), ticket -> "AAAA2222")).contains("ADU-2026-000123");
        // a new question, a new code: the earlier address is refused
        assertThat(addresses.ticketOf(List.of(earlier), AWAITING)).isEmpty();
        // the case awaits no answer (answered, or no such case)
        assertThat(addresses.ticketOf(List.of(earlier), ticket -> null)).isEmpty();
    }

    @Test
    void withoutAnInboundAddressThereIsNoReplyTo() {
        var off = new ReplyAddresses(new ApplicationKeys(KEY, List.of()), "", IMAP);
        assertThat(off.replyTo("ADU-2026-000123", CODE)).isEmpty();
    }

    @Test
    void whileTheMailboxIsNotReadThereIsNoReplyToAndAWarningSaysWhy(CapturedOutput output) {
        var unread =
                new ReplyAddresses(new ApplicationKeys(KEY, List.of()), "Tanggap Pemprov <aduan@pemprov.example>", "");
        assertThat(unread.enabled()).isFalse();
        assertThat(unread.replyTo("ADU-2026-000123", CODE)).isEmpty();
        assertThat(output.getAll())
                .containsOnlyOnce("tanggap.mail.inbound.address is set but the inbound mailbox is not read")
                .doesNotContain("aduan@pemprov.example");
        assertThat(addresses.enabled()).isTrue();
    }

    @Test
    void anAnswerCountsOnlyWithTheCodeAfterTheQuestionsLabelAndOnlyAmongTheFirstThreeLabelledCodes() {
        assertThat(ComplainantReplies.quotesCode("Jawaban.\n> Kode jawaban: ABCD2345", "ABCD2345"))
                .isTrue();
        // quoted twice, the label's case changed, the code bold as a client writes the HTML part as text
        assertThat(ComplainantReplies.quotesCode("Jawaban.\n> > kode JAWABAN:  *ABCD2345*\n", "ABCD2345"))
                .isTrue();
        assertThat(ComplainantReplies.quotesCode("Kode jawaban: ABCD2345", "ABCD2345"))
                .isTrue();
        assertThat(ComplainantReplies.quotesCode("Jawaban tanpa kode", "ABCD2345"))
                .isFalse();
        // the code without the label, or the label inside a line, does not count
        assertThat(ComplainantReplies.quotesCode("Jawaban ABCD2345\n> ABCD2345", "ABCD2345"))
                .isFalse();
        assertThat(ComplainantReplies.quotesCode("Tebakan Kode jawaban: ABCD2345", "ABCD2345"))
                .isFalse();
        assertThat(ComplainantReplies.quotesCode("Kode jawaban: XABCD2345\nKode jawaban: ABCD23456", "ABCD2345"))
                .isFalse();
        // a list after one label: only the first code is the candidate
        assertThat(ComplainantReplies.quotesCode("Kode jawaban: AAAA2222 ABCD2345", "ABCD2345"))
                .isFalse();
        // three labelled guesses at most
        String twoWrong = "> Kode jawaban: AAAA2222\n> Kode jawaban: BBBB3333\n";
        assertThat(ComplainantReplies.quotesCode(twoWrong + "> Kode jawaban: ABCD2345", "ABCD2345"))
                .isTrue();
        assertThat(ComplainantReplies.quotesCode(
                        twoWrong + "> Kode jawaban: CCCC4444\n> Kode jawaban: ABCD2345", "ABCD2345"))
                .isFalse();
        String padded = "x".repeat(ComplainantReplies.CODE_SEARCH_LIMIT) + "\nKode jawaban: ABCD2345";
        assertThat(ComplainantReplies.quotesCode(padded, "ABCD2345")).isFalse();
        assertThat(ComplainantReplies.quotesCode("Kode jawaban: ABCD2345", null))
                .isFalse();
    }
}
