package id.tanggap.inbox;

import id.tanggap.shared.Channel;
import java.util.List;

/**
 * A message a platform delivered to a registered official account, as the channels module read it.
 * {@code platformMessageId} is the platform's id (prefixed "msg:"/"dm:" for direct messages, as the
 * reply needs it); {@code replyToId} the message it answers; {@code fromAccount}: the official account
 * itself wrote it (a reply an official posted directly on the platform).
 */
public record IncomingMessage(
        Channel channel,
        String platform,
        String accountId,
        String platformMessageId,
        String senderId,
        String senderName,
        String text,
        String threadId,
        String replyToId,
        boolean directMessage,
        boolean fromAccount,
        List<String> mediaRefs) {

    public IncomingMessage {
        mediaRefs = mediaRefs == null ? List.of() : List.copyOf(mediaRefs);
    }
}
