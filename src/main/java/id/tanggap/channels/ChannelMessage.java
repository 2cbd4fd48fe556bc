package id.tanggap.channels;

import id.tanggap.shared.Channel;
import java.util.List;

/**
 * A message a platform delivered to one of the official accounts. The external id is the
 * platform's id of the message, prefixed by its kind where the reply differs ("msg:" for
 * Messenger/Instagram direct messages, "dm:" for X direct messages). {@code fromAccount}: the official
 * account itself wrote it, as a reply to {@code replyToId} (a response posted directly on the platform).
 */
record ChannelMessage(
        Channel channel,
        String platform,
        String accountId,
        String externalId,
        String senderId,
        String senderName,
        String text,
        String threadId,
        String replyToId,
        boolean fromAccount,
        List<String> media) {

    ChannelMessage(
            Channel channel,
            String platform,
            String accountId,
            String externalId,
            String senderId,
            String senderName,
            String text,
            String threadId) {
        this(channel, platform, accountId, externalId, senderId, senderName, text, threadId, null, false, List.of());
    }

    /** Direct messages and WhatsApp are private conversations; comments, mentions and tweets are public. */
    boolean directMessage() {
        return channel == Channel.WHATSAPP || externalId.startsWith("msg:") || externalId.startsWith("dm:");
    }
}
