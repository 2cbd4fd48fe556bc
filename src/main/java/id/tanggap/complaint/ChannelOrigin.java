package id.tanggap.complaint;

import id.tanggap.shared.Channel;
import id.tanggap.shared.EncryptedString;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The door a complaint came in through and what that door needs to answer on it: the platform's id of
 * the message (unique per channel), its thread, the official account that received it and the platform
 * id of its sender (encrypted at rest), and the region a national door (SP4N-LAPOR!) named.
 */
@Embeddable
public record ChannelOrigin(
        @Enumerated(EnumType.STRING) @Column(name = "channel")
        Channel channel,

        @Column(name = "external_id") String externalId,
        @Column(name = "thread_id") String threadId,
        @Column(name = "region") String region,
        @Column(name = "channel_account_id") String accountId,

        @Convert(converter = EncryptedString.class) @Column(name = "channel_sender_id")
        String senderId) {

    public ChannelOrigin {
        if (channel == null) {
            throw new IllegalArgumentException("a complaint comes in through a channel");
        }
    }

    static ChannelOrigin of(Channel channel, String externalId) {
        return new ChannelOrigin(channel, externalId, null, null, null, null);
    }

    ChannelOrigin inThread(String threadId) {
        return new ChannelOrigin(channel, externalId, threadId, region, accountId, senderId);
    }

    ChannelOrigin inRegion(String region) {
        return new ChannelOrigin(channel, externalId, threadId, region, accountId, senderId);
    }

    ChannelOrigin through(String accountId, String senderId) {
        return new ChannelOrigin(channel, externalId, threadId, region, accountId, senderId);
    }
}
