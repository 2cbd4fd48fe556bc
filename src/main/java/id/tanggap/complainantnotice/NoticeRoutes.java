package id.tanggap.complainantnotice;

import id.tanggap.shared.Channel;
import id.tanggap.shared.Contacts;
import java.util.regex.Pattern;

/**
 * Which route a change takes to its complainant, and whether another step already tells them of it. The steps
 * that did so before this module (the web form's receipt, replyOnChannel's response and resolution notices,
 * notifyComplainant's resolution e-mail, askComplainant's question, the joined-report e-mail) keep doing it: the
 * notice is recorded as delegated to them, so no change reaches a complainant twice. Pure: tested in NoticeRoutesTest.
 */
final class NoticeRoutes {

    /** What the planner needs to know of the case. */
    record Recipient(
            Channel channel,
            String externalId,
            boolean anonymous,
            String contact,
            String channelAccountId,
            String channelSenderId) {}

    /** The route, and the step that tells the complainant instead (null: this module sends). */
    record Plan(Route route, String delegatedTo) {}

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 .\\-]{6,18}[0-9]$");

    private NoticeRoutes() {}

    static Plan plan(Recipient r, NoticeKind kind, boolean smsGateway, boolean laporAdapter) {
        Route route = route(r, smsGateway, laporAdapter);
        return new Plan(route, delegatedTo(route, r.channel(), kind));
    }

    static Route route(Recipient r, boolean smsGateway, boolean laporAdapter) {
        String external = r.externalId() == null ? "" : r.externalId();
        boolean reachable = r.channelSenderId() != null && r.channelAccountId() != null;
        return switch (r.channel()) {
            case LAPOR -> laporAdapter && external.startsWith("lapor-") ? Route.LAPOR : Route.TRACKING_PAGE;
            case WHATSAPP -> reachable ? Route.WHATSAPP : Route.TRACKING_PAGE;
            case FACEBOOK, INSTAGRAM ->
                external.startsWith("msg:")
                        ? (reachable ? Route.DIRECT_MESSAGE : Route.TRACKING_PAGE)
                        : (r.channelAccountId() != null ? Route.COMMENT_REPLY : Route.TRACKING_PAGE);
            case X ->
                external.startsWith("dm:")
                        ? (reachable ? Route.X_DIRECT_MESSAGE : Route.TRACKING_PAGE)
                        : (r.channelAccountId() != null ? Route.X_REPLY : Route.TRACKING_PAGE);
            default -> byContact(r, smsGateway);
        };
    }

    private static Route byContact(Recipient r, boolean smsGateway) {
        if (r.anonymous() || r.contact() == null || r.contact().isBlank()) {
            return Route.TRACKING_PAGE;
        }
        if (Contacts.isEmail(r.contact())) {
            return Route.EMAIL;
        }
        if (isPhone(r.contact())) {
            if (smsGateway) {
                return Route.SMS;
            }
            return r.channel() == Channel.CALL_CENTER ? Route.CALLBACK : Route.TRACKING_PAGE;
        }
        return Route.TRACKING_PAGE;
    }

    /** The step that already tells the complainant of this change on this route, or null. */
    static String delegatedTo(Route route, Channel channel, NoticeKind kind) {
        return switch (route) {
            case EMAIL ->
                switch (kind) {
                    case RECEIPT -> channel == Channel.WEB ? "webform-receipt" : null;
                    case RESPONSE -> "replyOnChannel";
                    case RESOLVED -> "notifyComplainant";
                    case NEED_INFO -> "askComplainant";
                    case JOINED -> "reportJoinedNotifier";
                    default -> null;
                };
            // replyOnChannel posts the resolution under the comment; the rating code goes here, as a private reply
            case COMMENT_REPLY ->
                switch (kind) {
                    case RESPONSE -> "replyOnChannel";
                    case NEED_INFO -> "askComplainant";
                    default -> null;
                };
            case WHATSAPP, DIRECT_MESSAGE, X_REPLY, X_DIRECT_MESSAGE ->
                switch (kind) {
                    case RESPONSE, RESOLVED -> "replyOnChannel";
                    case NEED_INFO -> "askComplainant";
                    default -> null;
                };
            // the call-center agent gave the ticket during the call
            case CALLBACK -> kind == NoticeKind.RECEIPT ? "call-center-agent" : null;
            default -> null;
        };
    }

    static boolean isPhone(String contact) {
        return contact != null && PHONE.matcher(contact.trim()).matches();
    }

    /** An Indonesian number in international form: 0812-3456-789 and 62812... become +62812...; others are kept. */
    static String e164(String phone) {
        String digits = phone.trim().replaceAll("[ .\\-]", "");
        if (digits.startsWith("+")) {
            return digits;
        }
        if (digits.startsWith("0")) {
            return "+62" + digits.substring(1);
        }
        return "+" + digits;
    }
}
