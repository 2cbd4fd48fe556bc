package id.tanggap.channels;

import id.tanggap.shared.Channel;

/**
 * A message from a person to a registered official account, as the webhook delivered it (published before the
 * inbox takes it): other modules may react to it without channels knowing them, e.g. the complainant's proof of their
 * account for rating (complainantnotice.RatingProofs). {@code senderId}: the platform's id of the sender;
 * {@code directMessage}: a private conversation (X DM, Messenger/Instagram message, WhatsApp), else a public post.
 */
public record PlatformMessageReceived(
        Channel channel, String platform, String accountId, String senderId, String text, boolean directMessage) {}
