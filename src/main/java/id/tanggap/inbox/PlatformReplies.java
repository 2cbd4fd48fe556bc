package id.tanggap.inbox;

/**
 * Posts a reply on the platform a message came from (implemented by the channels module with the
 * platform clients the case replies use): a comment under a comment or tweet, or a direct message.
 */
public interface PlatformReplies {

    /** Where and what to reply: the message replied to and its sender (for direct messages). */
    record Reply(String platform, String accountId, String platformMessageId, String senderId, String text) {}

    /** @return the platform's id of the posted reply; throws when the platform refuses it */
    String post(Reply reply);
}
