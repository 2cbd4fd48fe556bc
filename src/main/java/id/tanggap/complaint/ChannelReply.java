package id.tanggap.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The public reply on the complaint's own channel, with the platform's id of it as proof. */
@Embeddable
public record ChannelReply(
        @Column(name = "reply_platform_id") String platformId,
        @Column(name = "replied_at") Instant at) {

    static final ChannelReply NONE = new ChannelReply(null, null);

    static ChannelReply orNone(ChannelReply reply) {
        return reply == null ? NONE : reply;
    }
}
