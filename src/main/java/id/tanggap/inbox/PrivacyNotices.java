package id.tanggap.inbox;

import id.tanggap.shared.ApplicationKeys;
import id.tanggap.shared.TanggapProperties;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The privacy notice (UU 27/2022): the first automatic reply to a person on each platform carries a
 * short notice with the link to /privasi, once per sender and platform. {@link #withNotice} adds it
 * when it is due; {@link #sent} records it after the platform took the reply, so a refused reply that is
 * retried still carries it.
 */
@Component
public class PrivacyNotices {

    static final String SENDER_PURPOSE = "tanggap/social-sender/v1";

    private final JdbcTemplate jdbc;
    private final ApplicationKeys keys;
    private final TanggapProperties properties;
    private final Clock clock;

    PrivacyNotices(JdbcTemplate jdbc, ApplicationKeys keys, TanggapProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** "Data Anda kami lindungi: ..." with the privacy page's address. */
    public String notice() {
        String base = properties.publicBaseUrl();
        return "Data Anda kami lindungi sesuai UU PDP: " + (base.endsWith("/") ? base : base + "/") + "privasi";
    }

    /** The keyed hash a sender is known by (the platform id itself is personal data). */
    String senderKey(String platform, String senderId) {
        return senderId == null || senderId.isBlank() ? null : keys.sign(SENDER_PURPOSE, platform + ":" + senderId);
    }

    public boolean due(String platform, String senderId) {
        String key = senderKey(platform, senderId);
        return key != null
                && jdbc.queryForObject(
                                "SELECT COUNT(*) FROM social_privacy_notice WHERE platform = ? AND sender_key = ?",
                                Integer.class,
                                platform,
                                key)
                        == 0;
    }

    /**
     * The text with the notice appended when it is due, within {@code limit} characters (the text is
     * shortened, never the notice).
     */
    public String withNotice(String platform, String senderId, String text, int limit) {
        if (!due(platform, senderId)) {
            return text;
        }
        String tail = " " + notice();
        int room = limit - tail.length();
        String body = text.length() <= room ? text : text.substring(0, Math.max(0, room - 1)) + "…";
        return body + tail;
    }

    /** Records that the sender got the notice on this platform (a repeat changes nothing). */
    public void sent(String platform, String senderId) {
        String key = senderKey(platform, senderId);
        if (key == null) {
            return;
        }
        try {
            jdbc.update(
                    "INSERT INTO social_privacy_notice (platform, sender_key, sent_at) VALUES (?, ?, ?)",
                    platform,
                    key,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException already) {
            // sent concurrently by another reply: once is what counts
        }
    }
}
