package id.tanggap.complainantnotice;

import id.tanggap.channels.GraphApiClient;
import id.tanggap.channels.PlatformException;
import id.tanggap.channels.WhatsAppWindow;
import id.tanggap.channels.XApiClient;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.inbox.Interactions;
import id.tanggap.inbox.PrivacyNotices;
import id.tanggap.lapor.LaporStatusReports;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.process.EngineGateway;
import id.tanggap.shared.Backoff;
import id.tanggap.shared.Channel;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.TanggapProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Sends the recorded notices: at once after they are recorded, and by the sweep those a platform refused, after a
 * growing pause. A notice is taken under a lease before it is sent, so two senders never send it together; every
 * send carries the notice's key (e-mail dedup key, SMS reference, LAPOR Idempotency-Key, engine message id).
 */
@Component
class NoticeDispatcher {

    /** How long one sender may take for a notice before another may try it (above the HTTP timeouts). */
    static final Duration LEASE = Duration.ofMinutes(2);

    static final String CALLBACK_MESSAGE = "complainant-callback-requested";

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    /** What a send came to: the proof of it, or why the notice stays on /lacak only. */
    private record Outcome(String proof, String trackingOnlyBecause) {
        static Outcome sent(String proof) {
            return new Outcome(proof, null);
        }

        static Outcome trackingOnly(String why) {
            return new Outcome(null, why);
        }
    }

    private final ComplainantNoticeRepository notices;
    private final Complaints complaints;
    private final ComplainantNoticeProperties settings;
    private final WhatsAppWindow whatsAppWindow;
    private final TanggapProperties properties;
    private final Mailer mailer;
    private final GraphApiClient graph;
    private final XApiClient x;
    private final OfficialAccounts accounts;
    private final PrivacyNotices privacyNotices;
    private final Interactions interactions;
    private final SmsGateway sms;
    private final LaporStatusReports lapor;
    private final EngineGateway engine;
    private final TransactionTemplate tx;
    private final Clock clock;

    NoticeDispatcher(
            ComplainantNoticeRepository notices,
            Complaints complaints,
            ComplainantNoticeProperties settings,
            WhatsAppWindow whatsAppWindow,
            TanggapProperties properties,
            Mailer mailer,
            GraphApiClient graph,
            XApiClient x,
            OfficialAccounts accounts,
            PrivacyNotices privacyNotices,
            Interactions interactions,
            SmsGateway sms,
            LaporStatusReports lapor,
            EngineGateway engine,
            TransactionTemplate tx,
            Clock clock) {
        this.notices = notices;
        this.complaints = complaints;
        this.settings = settings;
        this.whatsAppWindow = whatsAppWindow;
        this.properties = properties;
        this.mailer = mailer;
        this.graph = graph;
        this.x = x;
        this.accounts = accounts;
        this.privacyNotices = privacyNotices;
        this.interactions = interactions;
        this.sms = sms;
        this.lapor = lapor;
        this.engine = engine;
        this.tx = tx;
        this.clock = clock;
    }

    /** Sends what is due again. */
    @Scheduled(fixedDelayString = "${tanggap.outbox.poll-interval:PT2S}", initialDelayString = "PT13S")
    public void sweep() {
        List<Long> due = notices.due(ComplainantNotice.State.PENDING, clock.instant(), PageRequest.of(0, 50));
        due.forEach(this::dispatch);
    }

    /** Sends one notice if it is due and no other sender holds it. */
    void dispatch(long id) {
        Instant now = clock.instant();
        Integer taken = tx.execute(s -> notices.claim(id, ComplainantNotice.State.PENDING, now, now.plus(LEASE)));
        if (taken == null || taken == 0) {
            return;
        }
        ComplainantNotice n = notices.findById(id).orElseThrow();
        Complaint c = complaints.load(n.getComplaintId());
        try {
            Outcome outcome = send(n, c, now);
            tx.executeWithoutResult(s -> {
                ComplainantNotice fresh = notices.findById(id).orElseThrow();
                if (outcome.trackingOnlyBecause() != null) {
                    fresh.onTrackingPageOnly(outcome.trackingOnlyBecause());
                } else {
                    fresh.sent(outcome.proof(), clock.instant());
                }
            });
        } catch (PlatformException | NoticeRefused | RestClientException e) {
            boolean permanent = e instanceof PlatformException p
                    ? p.permanent()
                    : e instanceof NoticeRefused r
                            ? r.permanent()
                            : e instanceof RestClientResponseException http
                                    && http.getStatusCode().is4xxClientError()
                                    && http.getStatusCode().value() != 429;
            boolean giveUp = permanent || n.getAttempts() >= settings.maxAttempts();
            Instant retryAt = clock.instant()
                    .plus(Backoff.after(n.getAttempts(), settings.retryBackoff(), settings.maxRetryBackoff()));
            // the route and the case's ticket only: the message, the number and the person stay out of the log
            log.warn(
                    "case {}: {} notice by {} failed (attempt {}, {}): {}",
                    c.getTicket(),
                    n.getKind(),
                    n.getRoute(),
                    n.getAttempts(),
                    giveUp ? "given up" : "retried at " + retryAt,
                    e.getClass().getSimpleName());
            tx.executeWithoutResult(s -> notices.findById(id)
                    .orElseThrow()
                    .failed(e.getClass().getSimpleName() + ": " + e.getMessage(), giveUp, retryAt));
        }
    }

    private Outcome send(ComplainantNotice n, Complaint c, Instant now) {
        String url = properties.trackingUrl(c.getTicket());
        String code = codeFor(n, c);
        return switch (n.getRoute()) {
            case EMAIL -> email(n, c, url, code);
            case WHATSAPP -> whatsApp(n, c, url, code, now);
            case DIRECT_MESSAGE -> directMessage(n, c, url, code, now);
            case COMMENT_REPLY -> {
                if (n.getKind() == NoticeKind.RESOLVED) {
                    yield privateReply(n, c, url, code, now);
                }
                String text = NoticeTexts.publicText(c.getTicket(), n.getCaseStatus(), url);
                String platform = c.getChannel().name();
                yield Outcome.sent(
                        c.getChannel() == Channel.FACEBOOK
                                ? graph.replyToComment(c.getExternalId(), text, token(c, platform))
                                : graph.replyToInstagramComment(c.getExternalId(), text, token(c, platform)));
            }
            case X_REPLY ->
                Outcome.sent(x.replyToTweet(
                        c.getExternalId(),
                        NoticeTexts.publicText(c.getTicket(), n.getCaseStatus(), url),
                        token(c, "X")));
            case X_DIRECT_MESSAGE -> {
                String token = token(c, "X");
                yield Outcome.sent(sendPrivately(
                        c,
                        privateText(n, c, url, code, 9000),
                        text -> x.sendDirectMessage(c.getChannelSenderId(), text, token)));
            }
            case SMS ->
                Outcome.sent(sms.send(
                        NoticeRoutes.e164(c.getReporterContact()), privateText(n, c, url, code, 480), n.dedupKey()));
            case CALLBACK -> callback(n, c, url, code, now);
            case LAPOR ->
                Outcome.sent(lapor.report(
                        c.getExternalId(),
                        c.getTicket(),
                        n.getCaseStatus().name(),
                        n.getCaseStatus().label(),
                        n.getNote(),
                        now,
                        n.dedupKey()));
            case TRACKING_PAGE -> Outcome.trackingOnly("no channel to send on");
        };
    }

    /** The code the complainant answers a question or rates the result with, for those two notices only. */
    private static String codeFor(ComplainantNotice n, Complaint c) {
        return n.getKind() == NoticeKind.RESOLVED || n.getKind() == NoticeKind.NEED_INFO
                ? c.getConfirmationCode()
                : null;
    }

    private String privateText(ComplainantNotice n, Complaint c, String url, String code, int limit) {
        return NoticeTexts.privateText(n.getKind(), c.getTicket(), n.getNote(), url, code, limit);
    }

    private Outcome email(ComplainantNotice n, Complaint c, String url, String code) {
        Map<String, Object> model = new HashMap<>();
        model.put("ticket", c.getTicket());
        model.put("headline", NoticeTexts.headline(n.getKind(), c.getTicket()));
        model.put("note", n.getNote());
        model.put("trackingUrl", url);
        model.put("code", code);
        model.put("answerUrl", code != null && n.getKind() == NoticeKind.NEED_INFO ? url + "?kode=" + code : null);
        model.put("ratingUrl", code != null && n.getKind() == NoticeKind.RESOLVED ? url + "?kode=" + code : null);
        String subject = n.getKind() == NoticeKind.RECEIPT
                ? "[Tanggap] Aduan Anda diterima: " + c.getTicket()
                : "[Tanggap] Aduan " + c.getTicket() + ": " + n.getCaseStatus().label();
        mailer.sendOnce(n.dedupKey(), c.getId(), c.getReporterContact(), subject, "complainant-notice", model);
        return Outcome.sent("email:" + n.dedupKey());
    }

    /**
     * Free text within WhatsApp's customer service window (24 hours from the person's last message, which for a
     * complaint is the message it came in with); afterwards only an approved template may start the conversation.
     */
    private Outcome whatsApp(ComplainantNotice n, Complaint c, String url, String code, Instant now) {
        String token = token(c, "WHATSAPP");
        if (whatsAppWindow.open(c.getCreatedAt(), now)) {
            return Outcome.sent(sendPrivately(
                    c,
                    privateText(n, c, url, code, 3500),
                    text -> graph.sendWhatsAppText(c.getChannelAccountId(), c.getChannelSenderId(), text, token)));
        }
        var templates = whatsAppWindow.whatsapp();
        boolean resolved = n.getKind() == NoticeKind.RESOLVED && code != null;
        List<String> parameters = resolved
                ? WhatsAppWindow.resolvedParameters(c.getTicket(), code, url)
                : List.of(c.getTicket(), n.getCaseStatus().label(), url);
        return Outcome.sent(graph.sendWhatsAppTemplate(
                c.getChannelAccountId(),
                c.getChannelSenderId(),
                resolved ? templates.resolvedTemplate() : templates.statusTemplate(),
                templates.language(),
                parameters,
                token));
    }

    /**
     * Messenger and Instagram: a standard message within the 24-hour window. Outside it the notice stays on
     * /lacak: the HUMAN_AGENT tag is for a person's own reply, not for automatic notices
     * (docs/channels/complainant-notices.md).
     */
    private Outcome directMessage(ComplainantNotice n, Complaint c, String url, String code, Instant now) {
        if (!within(c, settings.messengerWindow(), now)) {
            return Outcome.trackingOnly("outside the standard messaging window of " + c.getChannel());
        }
        // room left for the privacy notice within Instagram's 1000 and Messenger's 2000 characters
        int limit = c.getChannel() == Channel.INSTAGRAM ? 700 : 1700;
        String token = token(c, c.getChannel().name());
        return Outcome.sent(sendPrivately(
                c,
                privateText(n, c, url, code, limit),
                text -> graph.sendMessage(c.getChannelSenderId(), text, token)));
    }

    /**
     * The resolution of a case that came in as a Facebook or Instagram comment: the public reply under it
     * (replyOnChannel) cannot carry the rating code, so the code goes to the commenter's inbox as Meta's private
     * reply to the comment. Meta takes one per comment, within 7 days of it; later the notice stays on /lacak.
     */
    private Outcome privateReply(ComplainantNotice n, Complaint c, String url, String code, Instant now) {
        if (c.getReopenCount() > 0) {
            return afterReopen(n, c, url, code, now);
        }
        if (!within(c, GraphApiClient.PRIVATE_REPLY_WINDOW, now)) {
            return Outcome.trackingOnly("outside the private reply window of " + c.getChannel());
        }
        int limit = c.getChannel() == Channel.INSTAGRAM ? 700 : 1700;
        return Outcome.sent(graph.sendPrivateReply(
                c.getExternalId(),
                privateText(n, c, url, code, limit),
                token(c, c.getChannel().name())));
    }

    /**
     * The resolution after a reopen: Meta takes one private reply per comment, spent on the first resolution. If the
     * commenter wrote to the account in Messenger/Instagram within the standard window, the code goes there; else a
     * public reply under the comment points to /lacak, where the commenter proves their account to rate
     * (RatingProofs): the ticket and the address only, nothing about the person or the case.
     */
    private Outcome afterReopen(ComplainantNotice n, Complaint c, String url, String code, Instant now) {
        String platform = c.getChannel().name();
        String token = token(c, platform);
        boolean windowOpen = interactions
                .lastDirectMessageAt(platform, c.getChannelSenderId())
                .filter(last -> !now.isAfter(last.plus(settings.messengerWindow())))
                .isPresent();
        if (windowOpen) {
            int limit = c.getChannel() == Channel.INSTAGRAM ? 700 : 1700;
            return Outcome.sent(sendPrivately(
                    c,
                    privateText(n, c, url, code, limit),
                    text -> graph.sendMessage(c.getChannelSenderId(), text, token)));
        }
        String text = NoticeTexts.ratingProofText(c.getTicket(), url);
        return Outcome.sent(
                c.getChannel() == Channel.FACEBOOK
                        ? graph.replyToComment(c.getExternalId(), text, token)
                        : graph.replyToInstagramComment(c.getExternalId(), text, token));
    }

    private static boolean within(Complaint c, Duration window, Instant now) {
        return c.getCreatedAt() != null && !now.isAfter(c.getCreatedAt().plus(window));
    }

    /**
     * Sends a private message; the first automatic message to a person on a platform carries the privacy notice,
     * which counts as given only once the platform took the message.
     */
    private String sendPrivately(Complaint c, String text, java.util.function.UnaryOperator<String> send) {
        String platform = c.getChannel().name();
        boolean notice = privacyNotices.due(platform, c.getChannelSenderId());
        String id = send.apply(notice ? text + " " + privacyNotices.notice() : text);
        if (notice) {
            privacyNotices.sent(platform, c.getChannelSenderId());
        }
        return id;
    }

    /**
     * A call-back task for the call center (complainant-callback.bpmn), started through the engine outbox with the
     * notice's key as message id: a second try starts no second task. The variables carry the ticket and what to
     * say, never the number: the agent reads it on the case page.
     */
    private Outcome callback(ComplainantNotice n, Complaint c, String url, String code, Instant now) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("complaintId", c.getId());
        variables.put("ticket", c.getTicket());
        variables.put("callbackMessage", privateText(n, c, url, code, 1000));
        variables.put("callbackGroup", settings.callback().group());
        Instant due = now.plus(settings.callback().due());
        variables.put("callbackDueDate", due.toString());
        variables.put("callbackDueText", IndonesianDates.longDateTime(due, properties.zone()));
        tx.executeWithoutResult(s -> engine.publishLater(CALLBACK_MESSAGE, n.dedupKey(), n.dedupKey(), variables));
        return Outcome.sent("callback:" + n.dedupKey());
    }

    private String token(Complaint c, String platform) {
        OfficialAccount account =
                accounts.onPlatform(platform, c.getChannelAccountId()).orElse(null);
        if (account == null
                || account.getAccessToken() == null
                || account.getAccessToken().isBlank()) {
            throw new NoticeRefused("no usable " + platform + " account " + c.getChannelAccountId(), true);
        }
        return account.getAccessToken();
    }
}
