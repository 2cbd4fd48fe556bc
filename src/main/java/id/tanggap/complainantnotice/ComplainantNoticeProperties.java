package id.tanggap.complainantnotice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the complainant's notices ({@code tanggap.complainant-notice.*}; docs/channels/complainant-notices.md).
 *
 * WhatsApp's window and templates ({@code whatsapp-window}, {@code whatsapp.*}) are read by channels' {@code
 * WhatsAppWindow}, which the replies on the channel and these notices both ask.
 *
 * @param messengerWindow the standard messaging window of Messenger and Instagram direct messages (Meta: 24 hours)
 * @param retryBackoff the pause after a platform refused a notice, doubled per failure up to {@code maxRetryBackoff}
 * @param maxAttempts after this many failed sends the notice is given up (the case's /lacak page still shows it)
 * @param ratingProofValidity how long a /lacak proof code for rating (complainants reached only publicly) may be sent
 */
@ConfigurationProperties("tanggap.complainant-notice")
record ComplainantNoticeProperties(
        @DefaultValue("PT24H") Duration messengerWindow,
        @DefaultValue Callback callback,
        @DefaultValue("PT30S") Duration retryBackoff,
        @DefaultValue("PT1H") Duration maxRetryBackoff,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30M") Duration ratingProofValidity) {

    /** The call-back task of complainant-callback.bpmn: who takes it and how soon it is due. */
    record Callback(
            @DefaultValue("diskominfo") String group,
            @DefaultValue("PT24H") Duration due) {}
}
