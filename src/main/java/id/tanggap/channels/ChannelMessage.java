package id.tanggap.channels;

import id.tanggap.complaint.Channel;

/**
 * A message a platform delivered to one of the official accounts. The external id is the
 * platform's id of the message, prefixed by its kind where the reply differs ("msg:" for
 * Messenger/Instagram direct messages, "dm:" for X direct messages).
 */
record ChannelMessage(
        Channel channel,
        String platform,
        String accountId,
        String externalId,
        String senderId,
        String senderName,
        String text,
        String threadId) {}
