package id.tanggap.channels;

import id.tanggap.inbox.IncomingMessage;
import id.tanggap.inbox.Interactions;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands platform messages to the social inbox, but only messages to registered, verified official
 * accounts and numbers; everything else is ignored with a log line. The inbox keeps each message as an
 * interaction (one per platform message id, so redeliveries change nothing) and makes cases only of
 * complaints.
 */
@Component
class ChannelIntake {

    private static final Logger log = LoggerFactory.getLogger(ChannelIntake.class);

    private final Interactions interactions;
    private final OfficialAccounts accounts;
    private final ChannelMedia media;
    private final ApplicationEventPublisher events;

    ChannelIntake(
            Interactions interactions,
            OfficialAccounts accounts,
            ChannelMedia media,
            ApplicationEventPublisher events) {
        this.interactions = interactions;
        this.accounts = accounts;
        this.media = media;
        this.events = events;
    }

    /** What a delivery became: the cases made (or found again) and the interactions kept. */
    record Taken(List<String> tickets, List<Long> interactions) {}

    Taken take(List<ChannelMessage> messages) {
        List<IncomingMessage> incoming = new ArrayList<>();
        for (ChannelMessage m : messages) {
            OfficialAccount account =
                    accounts.onPlatform(m.platform(), m.accountId()).orElse(null);
            if (account == null || !account.takesComplaints()) {
                log.info(
                        "ignored a {} message to {} account {}: not a registered official account",
                        m.channel(),
                        m.platform(),
                        m.accountId());
                continue;
            }
            media.keep(m); // photos and a shared location follow the message to its case (ChannelMedia)
            if (!m.fromAccount()) {
                events.publishEvent(new PlatformMessageReceived(
                        m.channel(), m.platform(), m.accountId(), m.senderId(), m.text(), m.directMessage()));
            }
            incoming.add(new IncomingMessage(
                    m.channel(),
                    m.platform(),
                    m.accountId(),
                    m.externalId(),
                    m.senderId(),
                    m.senderName(),
                    m.text(),
                    m.threadId(),
                    m.replyToId(),
                    m.directMessage(),
                    m.fromAccount(),
                    m.media()));
        }
        var received = interactions.receive(incoming);
        return new Taken(
                received.stream()
                        .map(Interactions.Received::ticket)
                        .filter(Objects::nonNull)
                        .toList(),
                received.stream().map(Interactions.Received::interactionId).toList());
    }
}
