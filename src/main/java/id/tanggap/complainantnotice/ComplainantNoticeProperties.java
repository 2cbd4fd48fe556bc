package id.tanggap.complainantnotice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the complainant's notices ({@code tanggap.complainant-notice.*}; docs/channels/complainant-notices.md).
 *
 * @param whatsappWindow how long after the person's last message WhatsApp takes free text (Meta: 24 hours)
 * @param messengerWindow the standard messaging window of Messenger and Instagram direct messages (Meta: 24 hours)
 * @param retryBackoff the pause after a platform refused a notice, doubled per failure up to {@code maxRetryBackoff}
 * @param maxAttempts after this many failed sends the notice is given up (the case's /lacak page still shows it)
 */
@ConfigurationProperties("tanggap.complainant-notice")
record ComplainantNoticeProperties(
        @DefaultValue("PT24H") Duration whatsappWindow,
        @DefaultValue("PT24H") Duration messengerWindow,
        @DefaultValue WhatsApp whatsapp,
        @DefaultValue Callback callback,
        @DefaultValue("PT30S") Duration retryBackoff,
        @DefaultValue("PT1H") Duration maxRetryBackoff,
        @DefaultValue("8") int maxAttempts) {

    /** The approved message templates used outside WhatsApp's 24-hour window, and their language. */
    record WhatsApp(
            @DefaultValue("tanggap_status_aduan") String statusTemplate,
            @DefaultValue("tanggap_aduan_selesai") String resolvedTemplate,
            @DefaultValue("id") String language) {}

    /** The call-back task of complainant-callback.bpmn: who takes it and how soon it is due. */
    record Callback(
            @DefaultValue("diskominfo") String group,
            @DefaultValue("PT24H") Duration due) {}
}
