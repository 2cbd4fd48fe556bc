package id.tanggap.channels;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.inbox.PrivacyNotices;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.routing.Opds;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code replyOnChannel}: posts the OPD's response where the complaint came in (a reply comment on
 * Facebook or Instagram, a reply tweet, a direct message, a WhatsApp message, or an e-mail for the
 * web form and call centers) with the ticket and tracking link, and stores the platform's id of the
 * reply as proof. Posted once: a redelivered job finds the proof and posts nothing. A refused post
 * is retried with a back-off. When the account has no working token (never connected, or the
 * platform refused it: expired, revoked, permission withdrawn) the job throws the BPMN error
 * {@value #TOKEN_BROKEN} with {@code tokenAccountId}: the process waits for the account to be
 * connected again (message {@code account-token-renewed}) or hands the reply to the OPD by e-mail
 * after {@code replyTokenWaitLimit}. Other permanent refusals become an incident at once.
 */
@Component
public class ReplyOnChannelWorker {

    public record Replied(String replyPlatformId) {}

    /** The BPMN error code of a reply whose account has no working token (complaint-handling.bpmn catches it). */
    public static final String TOKEN_BROKEN = "ACCOUNT_TOKEN_BROKEN";

    private final CaseUpdates cases;
    private final id.tanggap.complaint.Timeline timeline;
    private final OfficialAccounts accounts;
    private final Opds opds;
    private final GraphApiClient graph;
    private final XApiClient x;
    private final Mailer mailer;
    private final TanggapProperties properties;
    private final ChannelProperties channels;
    private final io.micrometer.core.instrument.MeterRegistry meters;
    private final PrivacyNotices notices;
    private final AccountTokens tokens;
    private final WhatsAppWindow whatsApp;
    private final java.time.Clock clock;

    ReplyOnChannelWorker(
            CaseUpdates cases,
            id.tanggap.complaint.Timeline timeline,
            OfficialAccounts accounts,
            Opds opds,
            GraphApiClient graph,
            XApiClient x,
            Mailer mailer,
            TanggapProperties properties,
            ChannelProperties channels,
            io.micrometer.core.instrument.MeterRegistry meters,
            PrivacyNotices notices,
            AccountTokens tokens,
            WhatsAppWindow whatsApp,
            java.time.Clock clock) {
        this.tokens = tokens;
        this.whatsApp = whatsApp;
        this.clock = clock;
        this.meters = meters;
        this.cases = cases;
        this.timeline = timeline;
        this.accounts = accounts;
        this.opds = opds;
        this.graph = graph;
        this.x = x;
        this.mailer = mailer;
        this.properties = properties;
        this.channels = channels;
        this.notices = notices;
    }

    /**
     * Posts {@code replyText} (the first response by default); with {@code resolutionNotice} it is the
     * resolution notice, which goes only to social-media complainants (e-mail reporters got it from
     * notifyComplainant) and, in private channels, carries the code to rate the result with.
     */
    @JobWorker(type = "replyOnChannel")
    public Replied replyOnChannel(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable(optional = true) String responseText,
            @Variable(optional = true) String replyText,
            @Variable(optional = true) Boolean resolutionNotice) {
        Complaint c = cases.load(complaintId);
        boolean notice = Boolean.TRUE.equals(resolutionNotice);
        if (timeline.has(c, "replyOnChannel:" + job.getElementInstanceKey())) {
            return new Replied("ALREADY_POSTED");
        }
        if (notice && !SOCIAL.contains(c.getChannel())) {
            return new Replied("NONE");
        }
        String opd = c.getOpdCode() == null ? "Pemprov" : opds.shortNameOf(c.getOpdCode());
        String text = replyText != null ? replyText : responseText;
        if (notice && isPrivate(c)) {
            text = text + " Beri nilai 1-5 dengan kode " + c.getConfirmationCode() + " di halaman pelacakan.";
        } else if (notice && privateReplyPossible(c)) {
            // the code goes privately (complainantnotice's private reply to the comment), never in public
            text = text + " Kode untuk menilai hasilnya kami kirim lewat pesan pribadi.";
        }
        // WhatsApp refuses free text after its window: an approved template goes instead, with the rating code as
        // a parameter; it cannot carry the privacy notice, which then waits for the next free-text message
        boolean template = c.getChannel() == id.tanggap.shared.Channel.WHATSAPP
                && !whatsApp.open(c.getCreatedAt(), clock.instant());
        // the first automatic reply to a person on a social channel carries the privacy notice, once
        boolean privacyNotice = !template
                && SOCIAL.contains(c.getChannel())
                && notices.due(c.getChannel().name(), c.getChannelSenderId());
        String id;
        try {
            id = template ? whatsAppTemplate(c, notice) : post(job, c, opd, text, privacyNotice);
        } catch (TokenUnavailable e) {
            throw tokenBroken(e.accountId(), e.getMessage());
        } catch (PlatformException e) {
            OfficialAccount account = SOCIAL.contains(c.getChannel())
                    ? accounts.onPlatform(c.getChannel().name(), c.getChannelAccountId())
                            .orElse(null)
                    : null;
            if (account != null && e.tokenRefused()) {
                tokens.broken(account.getId(), e.getMessage());
                throw tokenBroken(account.getId(), e.getMessage());
            }
            meters.counter(
                            "tanggap.platform.post.failures",
                            "platform",
                            c.getChannel().name(),
                            "permanent",
                            String.valueOf(e.permanent()))
                    .increment();
            int retries = e.permanent() ? 0 : Math.max(0, job.getRetries() - 1);
            throw CamundaError.jobError(
                    "Balasan di " + c.getChannel() + " gagal: " + e.getMessage(),
                    null,
                    retries,
                    channels.replyRetryBackoff());
        }
        if (id == null) {
            return new Replied("NONE");
        }
        if (privacyNotice) {
            notices.sent(c.getChannel().name(), c.getChannelSenderId());
        }
        cases.update(complaintId, (complaint, now) -> {
            if (complaint.getReplyPlatformId() == null) {
                complaint.repliedOnChannel(id, now);
            }
            cases.note(
                    complaint,
                    job,
                    complaint.getStatus(),
                    now,
                    opd,
                    // public: the platform's post id stays in the case (reply_platform_id), not in the note
                    (notice ? "Penyelesaian diberitahukan di " : "Tanggapan dibalas di ")
                            + c.getChannel().label());
            return null;
        });
        return new Replied(id);
    }

    /** The process catches this and waits for the account's renewal; the variables name the account and the wait. */
    private RuntimeException tokenBroken(long accountId, String message) {
        meters.counter("tanggap.platform.post.waiting", "reason", "token").increment();
        return CamundaError.bpmnError(
                TOKEN_BROKEN,
                "Balasan menunggu akun dihubungkan ulang: " + message,
                Map.of(
                        "tokenAccountId",
                        accountId,
                        "replyTokenWaitLimit",
                        channels.connect().replyTokenWaitLimit().toString()));
    }

    private static final java.util.Set<id.tanggap.shared.Channel> SOCIAL = java.util.EnumSet.of(
            id.tanggap.shared.Channel.FACEBOOK,
            id.tanggap.shared.Channel.INSTAGRAM,
            id.tanggap.shared.Channel.WHATSAPP,
            id.tanggap.shared.Channel.X);

    /** Direct messages and WhatsApp are private; comments and tweets are public. */
    private static boolean isPrivate(Complaint c) {
        String e = c.getExternalId();
        return c.getChannel() == id.tanggap.shared.Channel.WHATSAPP || e.startsWith("msg:") || e.startsWith("dm:");
    }

    /** A Facebook or Instagram comment still within Meta's window for a private reply to it. */
    private boolean privateReplyPossible(Complaint c) {
        return (c.getChannel() == id.tanggap.shared.Channel.FACEBOOK
                        || c.getChannel() == id.tanggap.shared.Channel.INSTAGRAM)
                && c.getCreatedAt() != null
                && !clock.instant().isAfter(c.getCreatedAt().plus(GraphApiClient.PRIVATE_REPLY_WINDOW));
    }

    private String post(ActivatedJob job, Complaint c, String opd, String responseText, boolean privacyNotice) {
        String external = c.getExternalId();
        return switch (c.getChannel()) {
            case FACEBOOK ->
                external.startsWith("msg:")
                        ? graph.sendMessage(
                                c.getChannelSenderId(),
                                text(opd, responseText, c, 2000, privacyNotice),
                                token(c, "FACEBOOK"))
                        : graph.replyToComment(
                                external, text(opd, responseText, c, 8000, privacyNotice), token(c, "FACEBOOK"));
            case INSTAGRAM ->
                external.startsWith("msg:")
                        ? graph.sendMessage(
                                c.getChannelSenderId(),
                                text(opd, responseText, c, 1000, privacyNotice),
                                token(c, "INSTAGRAM"))
                        : graph.replyToInstagramComment(
                                external, text(opd, responseText, c, 2200, privacyNotice), token(c, "INSTAGRAM"));
            case WHATSAPP ->
                graph.sendWhatsAppText(
                        c.getChannelAccountId(),
                        c.getChannelSenderId(),
                        text(opd, responseText, c, 4096, privacyNotice),
                        token(c, "WHATSAPP"));
            case X ->
                external.startsWith("dm:")
                        ? x.sendDirectMessage(
                                c.getChannelSenderId(), text(opd, responseText, c, 10000, privacyNotice), token(c, "X"))
                        : x.replyToTweet(external, text(opd, responseText, c, 280, privacyNotice), token(c, "X"));
            default -> email(job, c, opd, responseText);
        };
    }

    /**
     * After WhatsApp's 24-hour window it refuses free text: the approved template tells the person the case moved
     * (ticket, state, link to /lacak where the response is shown) or, for the resolution, gives the rating code.
     */
    private String whatsAppTemplate(Complaint c, boolean resolutionNotice) {
        var templates = whatsApp.whatsapp();
        String url = properties.trackingUrl(c.getTicket());
        boolean rate = resolutionNotice && c.getConfirmationCode() != null;
        return graph.sendWhatsAppTemplate(
                c.getChannelAccountId(),
                c.getChannelSenderId(),
                rate ? templates.resolvedTemplate() : templates.statusTemplate(),
                templates.language(),
                rate
                        ? WhatsAppWindow.resolvedParameters(c.getTicket(), c.getConfirmationCode(), url)
                        : java.util.List.of(c.getTicket(), c.getStatus().label(), url),
                token(c, "WHATSAPP"));
    }

    private String email(ActivatedJob job, Complaint c, String opd, String responseText) {
        if (c.isAnonymous() || !Contacts.isEmail(c.getReporterContact())) {
            return null; // the tracking page is the reply
        }
        mailer.sendOnce(
                "replyOnChannel:" + job.getElementInstanceKey(),
                c.getId(),
                c.getReporterContact(),
                "[Tanggap] Tanggapan atas aduan " + c.getTicket(),
                "complainant-response",
                Map.of(
                        "ticket",
                        c.getTicket(),
                        "opd",
                        opd,
                        "response",
                        responseText,
                        "trackingUrl",
                        properties.trackingUrl(c.getTicket())));
        return "email:" + job.getElementInstanceKey();
    }

    private String token(Complaint c, String platform) {
        OfficialAccount account = accounts.onPlatform(platform, c.getChannelAccountId())
                .orElseThrow(() ->
                        new PlatformException("no official " + platform + " account " + c.getChannelAccountId(), true));
        return tokens.tokenFor(account);
    }

    /** "Tanggapan Dinas PUPR: ... Tiket ADU-2026-000001: https://.../lacak/ADU-2026-000001", within the platform's limit. */
    String text(String opd, String response, Complaint c, int limit) {
        return text(opd, response, c, limit, false);
    }

    /** As above, with the privacy notice at the end when {@code privacyNotice}. */
    String text(String opd, String response, Complaint c, int limit, boolean privacyNotice) {
        String head = "Tanggapan " + opd + ": ";
        String tail = " Tiket " + c.getTicket() + ": " + properties.trackingUrl(c.getTicket())
                + (privacyNotice ? " " + notices.notice() : "");
        int room = limit - head.length() - tail.length();
        String body = response.length() <= room ? response : response.substring(0, Math.max(0, room - 1)) + "…";
        return head + body + tail;
    }
}
