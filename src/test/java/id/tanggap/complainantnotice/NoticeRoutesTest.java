package id.tanggap.complainantnotice;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.PublicChange;
import id.tanggap.shared.Channel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeRoutesTest {

    private static NoticeRoutes.Recipient who(Channel channel, String external, String contact) {
        return new NoticeRoutes.Recipient(channel, external, false, contact, "acct", "sender");
    }

    private static PublicChange change(String key, ComplaintStatus status) {
        return new PublicChange(1, "ADU-2026-000001", key, status, "Diskominfotik", "catatan", Instant.now());
    }

    @Test
    void eachChannelAnswersOnItsOwnDoor() {
        assertThat(NoticeRoutes.route(who(Channel.WHATSAPP, "wamid.1", null), false, false))
                .isEqualTo(Route.WHATSAPP);
        assertThat(NoticeRoutes.route(who(Channel.FACEBOOK, "msg:m1", null), false, false))
                .isEqualTo(Route.DIRECT_MESSAGE);
        assertThat(NoticeRoutes.route(who(Channel.INSTAGRAM, "1790000", null), false, false))
                .isEqualTo(Route.COMMENT_REPLY);
        assertThat(NoticeRoutes.route(who(Channel.X, "dm:1", null), false, false))
                .isEqualTo(Route.X_DIRECT_MESSAGE);
        assertThat(NoticeRoutes.route(who(Channel.X, "1850000", null), false, false))
                .isEqualTo(Route.X_REPLY);
        assertThat(NoticeRoutes.route(who(Channel.WEB, null, "warga@contoh.id"), false, false))
                .isEqualTo(Route.EMAIL);
        assertThat(NoticeRoutes.route(who(Channel.LAPOR, "lapor-L1", "warga@contoh.id"), false, true))
                .isEqualTo(Route.LAPOR);
        // without the adapter configured, a LAPOR case is followed on /lacak
        assertThat(NoticeRoutes.route(who(Channel.LAPOR, "lapor-L1", null), false, false))
                .isEqualTo(Route.TRACKING_PAGE);
    }

    @Test
    void aPhoneNumberGetsAnSmsWithAGatewayElseACallBackFromTheCallCenter() {
        assertThat(NoticeRoutes.route(who(Channel.CALL_CENTER, "c1", "0812-3456-7890"), true, false))
                .isEqualTo(Route.SMS);
        assertThat(NoticeRoutes.route(who(Channel.CALL_CENTER, "c1", "0812-3456-7890"), false, false))
                .isEqualTo(Route.CALLBACK);
        // the web form's reporter was not on the phone with anyone: /lacak
        assertThat(NoticeRoutes.route(who(Channel.WEB, null, "0812-3456-7890"), false, false))
                .isEqualTo(Route.TRACKING_PAGE);
        var anonymous = new NoticeRoutes.Recipient(Channel.CALL_CENTER, "c1", true, null, null, null);
        assertThat(NoticeRoutes.route(anonymous, true, false)).isEqualTo(Route.TRACKING_PAGE);
        assertThat(NoticeRoutes.e164("0812-3456-7890")).isEqualTo("+6281234567890");
        assertThat(NoticeRoutes.e164("62812 3456 7890")).isEqualTo("+6281234567890");
        assertThat(NoticeRoutes.isPhone("bukan nomor")).isFalse();
    }

    @Test
    void whatTheProcessAlreadyTellsIsDelegatedNotSentTwice() {
        assertThat(NoticeRoutes.delegatedTo(Route.EMAIL, Channel.EMAIL, NoticeKind.RESPONSE))
                .isEqualTo("replyOnChannel");
        assertThat(NoticeRoutes.delegatedTo(Route.EMAIL, Channel.EMAIL, NoticeKind.RESOLVED))
                .isEqualTo("notifyComplainant");
        assertThat(NoticeRoutes.delegatedTo(Route.WHATSAPP, Channel.WHATSAPP, NoticeKind.NEED_INFO))
                .isEqualTo("askComplainant");
        assertThat(NoticeRoutes.delegatedTo(Route.EMAIL, Channel.WEB, NoticeKind.RECEIPT))
                .isEqualTo("webform-receipt");
        assertThat(NoticeRoutes.delegatedTo(Route.EMAIL, Channel.EMAIL, NoticeKind.RECEIPT))
                .isNull();
        assertThat(NoticeRoutes.delegatedTo(Route.WHATSAPP, Channel.WHATSAPP, NoticeKind.DISPOSITION))
                .isNull();
        // under a public comment replyOnChannel posts the resolution, but the rating code goes as a private reply
        assertThat(NoticeRoutes.delegatedTo(Route.COMMENT_REPLY, Channel.FACEBOOK, NoticeKind.RESOLVED))
                .isNull();
        assertThat(NoticeRoutes.delegatedTo(Route.COMMENT_REPLY, Channel.INSTAGRAM, NoticeKind.RESPONSE))
                .isEqualTo("replyOnChannel");
        assertThat(NoticeRoutes.delegatedTo(Route.X_REPLY, Channel.X, NoticeKind.RESOLVED))
                .isEqualTo("replyOnChannel");
        // nobody else calls or texts: every change goes out by SMS or call-back
        assertThat(NoticeRoutes.delegatedTo(Route.SMS, Channel.CALL_CENTER, NoticeKind.RESOLVED))
                .isNull();
        assertThat(NoticeRoutes.delegatedTo(Route.CALLBACK, Channel.CALL_CENTER, NoticeKind.RESPONSE))
                .isNull();
    }

    @Test
    void theKindOfAChangeComesFromTheStepThatMadeIt() {
        assertThat(NoticeKind.of(change("intake", ComplaintStatus.DITERIMA))).contains(NoticeKind.RECEIPT);
        assertThat(NoticeKind.of(change("recordDisposition:22", ComplaintStatus.DIDISPOSISI)))
                .contains(NoticeKind.DISPOSITION);
        assertThat(NoticeKind.of(change("joinDuplicate:5", ComplaintStatus.DITUTUP)))
                .contains(NoticeKind.JOINED);
        assertThat(NoticeKind.of(change("archiveComplaint:5", ComplaintStatus.DITUTUP)))
                .contains(NoticeKind.CLOSED);
        // notices themselves, the complainant's own acts, escalations and a refused join tell nothing new
        assertThat(NoticeKind.of(change("replyOnChannel:9", ComplaintStatus.SELESAI)))
                .isEmpty();
        assertThat(NoticeKind.of(change("ADU-2026-000001:1", ComplaintStatus.SELESAI)))
                .isEmpty();
        assertThat(NoticeKind.of(change("escalateComplaint:3", ComplaintStatus.ESKALASI)))
                .isEmpty();
        assertThat(NoticeKind.of(change("joinDuplicate:5", ComplaintStatus.DITERIMA)))
                .isEmpty();
    }

    @Test
    void publicRepliesCarryOnlyTheTicketAndTheStatusAndPrivateOnesFitTheLimit() {
        assertThat(NoticeTexts.publicText(
                        "ADU-2026-000001", ComplaintStatus.DIDISPOSISI, "https://t.example/lacak/ADU-2026-000001"))
                .isEqualTo(
                        "Aduan ADU-2026-000001: Didisposisikan ke OPD. Lacak: https://t.example/lacak/ADU-2026-000001");
        String sms = NoticeTexts.privateText(
                NoticeKind.RESOLVED,
                "ADU-2026-000001",
                "Tindak lanjut selesai: " + "x".repeat(1000),
                "https://t.example/lacak/ADU-2026-000001",
                "K7M2P9QA",
                480);
        assertThat(sms)
                .hasSizeLessThanOrEqualTo(480)
                .startsWith("Aduan ADU-2026-000001 telah selesai ditindaklanjuti.")
                .endsWith("kode K7M2P9QA: https://t.example/lacak/ADU-2026-000001?kode=K7M2P9QA");
    }
}
