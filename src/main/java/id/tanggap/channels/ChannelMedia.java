package id.tanggap.channels;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.shared.Backoff;
import id.tanggap.shared.Channel;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.TanggapProperties;
import id.tanggap.webform.Uploads;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Photos and shared locations of WhatsApp and direct messages, kept with the case: the case the message itself
 * became, else the open case of the same conversation (a photo or a location usually follows the text). Each
 * reference is queued when the message arrives ({@code channel_media}) and handled by the sweep, off the webhook's
 * request and with retries: a WhatsApp photo is read through the Graph API media endpoint ({@code GET /{media-id}},
 * then its URL, with the number's token), a Messenger/Instagram attachment from its URL, an X direct message's photo
 * from X's media host with the receiving account's user token; each is checked and
 * cleaned of metadata like the web form's photos and stored in the upload folder. A location goes to
 * SharedLocations: in triage it places the case for routing, later the OPD is told. A message that becomes no case within a day is given up.
 */
@Component
class ChannelMedia {

    private static final Logger log = LoggerFactory.getLogger(ChannelMedia.class);

    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    /** How long a message may take to become a case (the classification may wait for a person). */
    static final Duration CASE_WAIT = Duration.ofDays(1);

    private record Pending(
            long id,
            String channel,
            String platform,
            String accountId,
            String messageId,
            String threadId,
            String ref,
            int attempts,
            Instant nextAttemptAt,
            Instant receivedAt) {}

    private final JdbcClient jdbc;
    private final Complaints complaints;
    private final GraphApiClient graph;
    private final OfficialAccounts accounts;
    private final Uploads uploads;
    private final SharedLocations locations;
    private final Clock clock;
    private final String attachmentBase;
    private final String xMediaUrl;
    private final AccountTokens tokens;

    ChannelMedia(
            JdbcClient jdbc,
            Complaints complaints,
            GraphApiClient graph,
            OfficialAccounts accounts,
            Uploads uploads,
            SharedLocations locations,
            Clock clock,
            TanggapProperties properties,
            ChannelProperties channels,
            AccountTokens tokens) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.graph = graph;
        this.accounts = accounts;
        this.uploads = uploads;
        this.locations = locations;
        this.clock = clock;
        this.attachmentBase = properties.publicBaseUrl().replaceAll("/$", "") + "/lampiran/";
        this.xMediaUrl = channels.x().mediaUrl();
    }

    /** Queues the photos and the location of a message; a redelivered message queues nothing twice. */
    void keep(ChannelMessage m) {
        if (m.fromAccount() || m.media() == null) {
            return;
        }
        for (String ref : m.media()) {
            if (!ref.startsWith(MetaWebhookParser.WHATSAPP_MEDIA)
                    && !ref.startsWith(MetaWebhookParser.IMAGE)
                    && !ref.startsWith(XWebhookParser.X_MEDIA)
                    && !ref.startsWith("geo:")) {
                continue; // public posts' photo links stay links
            }
            Instant now = clock.instant();
            try {
                jdbc.sql("""
                                INSERT INTO channel_media (channel, platform, account_id, platform_message_id, thread_id,
                                    media_ref, media_key, state, attempts, next_attempt_at, received_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                        .params(
                                m.channel().name(),
                                m.platform(),
                                m.accountId(),
                                m.externalId(),
                                m.threadId(),
                                ref,
                                sha256(ref),
                                Timestamp.from(now),
                                Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException redelivered) {
                // the same message again: its media are queued already
            }
        }
    }

    @Scheduled(fixedDelayString = "${tanggap.channels.media-sweep-interval:PT10S}", initialDelayString = "PT15S")
    void sweep() {
        Instant now = clock.instant();
        List<Pending> due = jdbc
                .sql("""
                        SELECT id, channel, platform, account_id, platform_message_id, thread_id, media_ref, attempts,
                            next_attempt_at, received_at
                        FROM channel_media WHERE state = 'PENDING' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, id""")
                .param(Timestamp.from(now))
                .query((rs, i) -> new Pending(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant()))
                .list()
                .stream()
                .limit(20)
                .toList();
        due.forEach(p -> handle(p, now));
    }

    private void handle(Pending p, Instant now) {
        // claimed by moving its next attempt: a concurrent sweep finds it no longer due
        int claimed = jdbc.sql("UPDATE channel_media SET next_attempt_at = ? WHERE id = ? AND next_attempt_at = ?")
                .params(Timestamp.from(now.plus(Duration.ofMinutes(5))), p.id(), Timestamp.from(p.nextAttemptAt()))
                .update();
        if (claimed == 0) {
            return;
        }
        Optional<Complaint> target = caseOf(p);
        if (target.isEmpty()) {
            if (p.receivedAt().plus(CASE_WAIT).isBefore(now)) {
                finish(p, "GAVE_UP", null, null, "the message became no case");
            } else {
                retryLater(p, p.attempts(), now.plus(FIRST_RETRY), null);
            }
            return;
        }
        long caseId = target.get().getId();
        try {
            if (p.ref().startsWith("geo:")) {
                String[] at = p.ref().substring(4).split("[,;]");
                double lat = Double.parseDouble(at[0]);
                double lon = Double.parseDouble(at[1]);
                locations.take(p.id(), caseId, lat, lon);
                finish(p, "DONE", caseId, null, null);
                return;
            }
            byte[] bytes = p.ref().startsWith(MetaWebhookParser.WHATSAPP_MEDIA)
                    ? graph.whatsAppMedia(p.ref().substring(MetaWebhookParser.WHATSAPP_MEDIA.length()), token(p), (int)
                            Uploads.MAX_BYTES)
                    : p.ref().startsWith(XWebhookParser.X_MEDIA)
                            ? xDirectMessageMedia(p)
                            : graph.download(
                                    p.ref().substring(MetaWebhookParser.IMAGE.length()), null, (int) Uploads.MAX_BYTES);
            Uploads.Photo photo = uploads.check(bytes, "foto");
            uploads.save(List.of(photo));
            complaints.attach(caseId, attachmentBase + photo.name());
            finish(p, "DONE", caseId, photo.name(), null);
            log.info("channel media {} kept with case {}", p.id(), target.get().getTicket());
        } catch (InvalidInputException e) {
            // not a JPEG/PNG/WebP, broken, or over 5 MB: retrying gives the same file
            finish(p, "REFUSED", caseId, null, e.problems().getFirst().message());
        } catch (PlatformException e) {
            if (e.permanent()) {
                finish(p, "FAILED", caseId, null, e.getMessage());
            } else {
                failed(p, now, e.getMessage());
            }
        } catch (RuntimeException e) {
            failed(p, now, e.getClass().getSimpleName());
        }
    }

    /**
     * The case a photo or place belongs to: the conversation's first open case, else the case the message itself
     * became. A photo or location sent after the text is a follow-up: the inbox may make it a case of its own,
     * suggested as a repeat, which Diskominfo then joins to the conversation's case; the media go to that case at
     * once, so they are where the complaint is. Until one of the two exists the reference waits.
     */
    private Optional<Complaint> caseOf(Pending p) {
        if (p.threadId() != null) {
            List<Complaint> open = complaints.joinableInThread(p.threadId());
            if (!open.isEmpty()) {
                return Optional.of(open.getFirst());
            }
        }
        return complaints.byChannelMessage(Channel.valueOf(p.channel()), p.messageId());
    }

    /**
     * The photo of an X direct message: X serves it only to a request made for the receiving account (docs:
     * developer.x.com, Direct Messages, retrieving media), so it is read with the account's user token, and only
     * from X's media host ({@code tanggap.channels.x.media-url}): the address came in a delivery, and the token must
     * never travel anywhere else.
     */
    private byte[] xDirectMessageMedia(Pending p) {
        String url = p.ref().substring(XWebhookParser.X_MEDIA.length());
        if (!url.startsWith(xMediaUrl)) {
            throw new PlatformException("X direct-message media outside " + xMediaUrl, true);
        }
        return graph.download(url, token(p), (int) Uploads.MAX_BYTES);
    }

    /** The account's token as replies get it (AccountTokens); a broken connection is retried later, it may be renewed. */
    private String token(Pending p) {
        OfficialAccount account = accounts.onPlatform(p.platform(), p.accountId())
                .orElseThrow(() -> new PlatformException("no account for channel media " + p.id(), true));
        try {
            return tokens.tokenFor(account);
        } catch (TokenUnavailable e) {
            throw new PlatformException("no working token for channel media " + p.id(), false);
        }
    }

    private void failed(Pending p, Instant now, String error) {
        int attempts = p.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            finish(p, "FAILED", null, null, error);
            return;
        }
        log.warn("channel media {}: attempt {} failed, retried later: {}", p.id(), attempts, error);
        retryLater(p, attempts, now.plus(Backoff.after(attempts, FIRST_RETRY, MAX_RETRY)), error);
    }

    private void retryLater(Pending p, int attempts, Instant at, String error) {
        jdbc.sql("UPDATE channel_media SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(attempts, Timestamp.from(at), shortened(error), p.id())
                .update();
    }

    private void finish(Pending p, String state, Long caseId, String fileName, String error) {
        if (!"DONE".equals(state)) {
            log.warn("channel media {} {}: {}", p.id(), state, error);
        }
        jdbc.sql("UPDATE channel_media SET state = ?, complaint_id = ?, file_name = ?, last_error = ? WHERE id = ?")
                .params(state, caseId, fileName, shortened(error), p.id())
                .update();
    }

    private static String shortened(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
