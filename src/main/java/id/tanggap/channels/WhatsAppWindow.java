package id.tanggap.channels;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WhatsApp's customer service window and the approved templates for messages after it, read from the same settings
 * as the complainant's notices ({@code tanggap.complainant-notice.whatsapp-window} and
 * {@code tanggap.complainant-notice.whatsapp.*}, docs/channels/complainant-notices.md): replyOnChannel and the
 * notices must agree on when free text is refused. Public: the complainant's notices (complainantnotice) ask it too,
 * so the window and the templates are written once.
 */
@ConfigurationProperties("tanggap.complainant-notice")
public record WhatsAppWindow(
        @DefaultValue("PT24H") Duration whatsappWindow,
        @DefaultValue Templates whatsapp) {

    public record Templates(
            @DefaultValue("tanggap_status_aduan") String statusTemplate,
            @DefaultValue("tanggap_aduan_selesai") String resolvedTemplate,
            @DefaultValue("id") String language) {}

    /** Free text only while the person's last message (for a complaint: the one it came in with) is within the window. */
    public boolean open(java.time.Instant lastMessage, java.time.Instant now) {
        return lastMessage != null && !now.isAfter(lastMessage.plus(whatsappWindow));
    }

    /** The resolution template's body: ticket, rating code, link to rate with. */
    public static List<String> resolvedParameters(String ticket, String code, String trackingUrl) {
        return List.of(ticket, code, trackingUrl + "?kode=" + code);
    }
}
