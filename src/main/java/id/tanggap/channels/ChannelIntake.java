package id.tanggap.channels;

import id.tanggap.intake.ComplaintIntake;
import id.tanggap.intake.ComplaintSubmission;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccountRepository;
import id.tanggap.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns platform messages into cases, but only messages to registered, verified official accounts
 * and numbers; everything else is ignored with a log line. The platform's message id keeps
 * redeliveries to one case.
 */
@Component
class ChannelIntake {

    private static final Logger log = LoggerFactory.getLogger(ChannelIntake.class);
    /** Social-media messages arrive without a category; Diskominfo sets it in triage. */
    static final String UNSORTED = "LAINNYA";

    private final ComplaintIntake intake;
    private final OfficialAccountRepository accounts;

    ChannelIntake(ComplaintIntake intake, OfficialAccountRepository accounts) {
        this.intake = intake;
        this.accounts = accounts;
    }

    /** @return the tickets of the cases the messages became (or joined) */
    List<String> take(List<ChannelMessage> messages) {
        List<String> tickets = new ArrayList<>();
        for (ChannelMessage m : messages) {
            OfficialAccount account = accounts.findByPlatformAndPlatformAccountId(m.platform(), m.accountId())
                    .orElse(null);
            if (account == null || !account.takesComplaints()) {
                log.info(
                        "ignored a {} message to {} account {}: not a registered official account",
                        m.channel(),
                        m.platform(),
                        m.accountId());
                continue;
            }
            if (m.text() == null || m.text().isBlank()) {
                log.info("ignored a {} message without text to account {}", m.channel(), m.accountId());
                continue;
            }
            String text = m.text().strip();
            if (text.length() < 10) {
                text = text + " (pesan singkat dari " + m.channel() + ")";
            }
            var submission = new ComplaintSubmission(
                    m.channel(),
                    m.externalId(),
                    new ComplaintSubmission.Reporter(
                            m.senderName() == null ? "Pengguna " + m.channel() : m.senderName(), null, false),
                    text.length() > 5000 ? text.substring(0, 5000) : text,
                    UNSORTED,
                    null,
                    m.threadId(),
                    List.of());
            try {
                tickets.add(intake.submit(submission, new ComplaintIntake.Origin(m.accountId(), m.senderId()))
                        .ticket());
            } catch (InvalidInputException e) {
                log.warn("a {} message to account {} was not accepted: {}", m.channel(), m.accountId(), e.getMessage());
            }
        }
        return tickets;
    }
}
