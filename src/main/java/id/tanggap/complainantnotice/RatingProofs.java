package id.tanggap.complainantnotice;

import id.tanggap.channels.GraphApiClient;
import id.tanggap.channels.PlatformMessageReceived;
import id.tanggap.channels.XApiClient;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.inbox.PrivacyNotices;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.shared.Channel;
import id.tanggap.shared.TanggapProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rating for complainants reached only publicly (a tweet, a Facebook or Instagram comment): no private message can
 * carry their rating code, so /lacak offers a proof of the account instead. The page shows a one-time code (random,
 * valid {@code tanggap.complainant-notice.rating-proof-validity}, stored hashed, tied to the browser that asked by a
 * cookie token, also hashed); the complainant sends it from the same platform account as a reply or a direct
 * message to the official account. When the webhook brings that code from the complaint's own sender id, rating is
 * unlocked for that browser, and a direct message gets the rating link back privately (X: a DM; Messenger and
 * Instagram: within the window their message opened). Another sender, a wrong or expired code: nothing happens.
 */
@Component
class RatingProofs {

    private static final Logger log = LoggerFactory.getLogger(RatingProofs.class);

    /** The code as the complainant types it: NILAI- and eight letters/digits without look-alikes (about 40 bits). */
    static final Pattern CODE = Pattern.compile("\\bNILAI-([A-HJ-NP-Z2-9]{8})\\b", Pattern.CASE_INSENSITIVE);

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /**
     * Codes one browser may ask for one case within an hour: enough for a retry. Counted per browser (the hash of its
     * cookie token), not per case: a stranger who knows the ticket can only use up their own browser's codes, never
     * the complainant's. A stranger who throws the cookie away starts a new count, so there is deliberately no
     * case-wide ceiling (it could be used up the same way); how fast anyone asks is bounded by the per-client intake
     * rate limit ({@code security.PublicRateLimitFilter}), and a code is only worth something when the complaint's
     * own account sends it.
     */
    static final int MAX_PER_BROWSER_PER_HOUR = 5;

    enum State {
        NONE,
        WAITING,
        PROVEN,
        EXPIRED
    }

    /** A code just issued, with where to send it. */
    record Issued(String code, Instant expiresAt, String platform, String handle) {}

    /** What the browser's latest proof of this case came to; {@code ratingCode} only once proven. */
    record Status(State state, Instant expiresAt, String ratingCode) {}

    /** The case cannot take a proof (not awaiting its rating, or its complainant has a private channel). */
    static final class NotOffered extends RuntimeException {
        NotOffered() {
            super("no rating proof for this case");
        }
    }

    /** Too many codes asked for this case by this browser lately. */
    static final class TooMany extends RuntimeException {
        TooMany() {
            super("too many rating proof codes");
        }
    }

    private final JdbcClient jdbc;
    private final Complaints complaints;
    private final OfficialAccounts accounts;
    private final XApiClient x;
    private final GraphApiClient graph;
    private final PrivacyNotices privacyNotices;
    private final ComplainantNoticeProperties settings;
    private final TanggapProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RatingProofs(
            JdbcClient jdbc,
            Complaints complaints,
            OfficialAccounts accounts,
            XApiClient x,
            GraphApiClient graph,
            PrivacyNotices privacyNotices,
            ComplainantNoticeProperties settings,
            TanggapProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.accounts = accounts;
        this.x = x;
        this.graph = graph;
        this.privacyNotices = privacyNotices;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    /** A public post on X, Facebook or Instagram (not a direct message), whose case awaits its rating. */
    static boolean offered(Complaint c) {
        return c.isAwaitingConfirmation() && c.getConfirmationCode() != null && c.reachedOnlyPublicly();
    }

    Issued issue(String ticket, String browserToken) {
        Complaint c = complaints.byTicket(ticket).filter(RatingProofs::offered).orElseThrow(NotOffered::new);
        Instant now = clock.instant();
        String browserHash = sha256(browserToken);
        int lately = jdbc.sql("""
                        SELECT COUNT(*) FROM rating_proof
                        WHERE complaint_id = ? AND browser_hash = ? AND created_at > ?""")
                .params(c.getId(), browserHash, Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Integer.class)
                .single();
        if (lately >= MAX_PER_BROWSER_PER_HOUR) {
            throw new TooMany();
        }
        Instant expires = now.plus(settings.ratingProofValidity());
        for (int attempt = 0; ; attempt++) {
            String code = "NILAI-" + randomCode();
            try {
                jdbc.sql("""
                                INSERT INTO rating_proof (complaint_id, code_hash, browser_hash, created_at, expires_at)
                                VALUES (?, ?, ?, ?, ?)""")
                        .params(c.getId(), sha256(code), browserHash, Timestamp.from(now), Timestamp.from(expires))
                        .update();
                String handle = accounts.onPlatform(c.getChannel().name(), c.getChannelAccountId())
                        .map(OfficialAccount::getHandle)
                        .map(h -> c.getChannel() != Channel.FACEBOOK && !h.startsWith("@") ? "@" + h : h)
                        .orElse(null);
                return new Issued(code, expires, platformName(c.getChannel()), handle);
            } catch (DuplicateKeyException taken) {
                if (attempt >= 3) {
                    throw taken;
                }
            }
        }
    }

    Status status(String ticket, String browserToken) {
        Optional<Complaint> found = complaints.byTicket(ticket);
        if (browserToken == null || browserToken.isBlank() || found.isEmpty()) {
            return new Status(State.NONE, null, null);
        }
        Complaint c = found.get();
        record Row(Instant expiresAt, Instant provenAt) {}
        // a browser keeps its token across codes: a proven one counts even when a newer code was asked for since
        Optional<Row> latest = jdbc
                .sql("""
                        SELECT expires_at, proven_at FROM rating_proof WHERE complaint_id = ? AND browser_hash = ?
                        ORDER BY proven_at IS NULL, id DESC""")
                .params(c.getId(), sha256(browserToken))
                .query((rs, i) -> new Row(
                        rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .list()
                .stream()
                .findFirst();
        if (latest.isEmpty()) {
            return new Status(State.NONE, null, null);
        }
        Row r = latest.get();
        if (r.provenAt() != null) {
            // proven: the rating form as long as the case awaits its rating
            return c.isAwaitingConfirmation()
                    ? new Status(State.PROVEN, r.expiresAt(), c.getConfirmationCode())
                    : new Status(State.NONE, null, null);
        }
        return r.expiresAt().isAfter(clock.instant())
                ? new Status(State.WAITING, r.expiresAt(), null)
                : new Status(State.EXPIRED, r.expiresAt(), null);
    }

    /** A message to an official account: a proof code in it, from the complaint's own sender, unlocks rating. */
    @EventListener
    void received(PlatformMessageReceived m) {
        if (m.text() == null || m.senderId() == null) {
            return;
        }
        Matcher codes = CODE.matcher(m.text());
        while (codes.find()) {
            try {
                prove("NILAI-" + codes.group(1).toUpperCase(Locale.ROOT), m);
            } catch (RuntimeException e) {
                // the webhook's message is kept by the inbox regardless; the complainant can send the code again
                log.warn(
                        "a rating proof code could not be checked: {}",
                        e.getClass().getSimpleName());
            }
        }
    }

    private void prove(String code, PlatformMessageReceived m) {
        record Pending(long id, long complaintId, Instant expiresAt, boolean proven) {}
        Optional<Pending> found = jdbc.sql(
                        "SELECT id, complaint_id, expires_at, proven_at FROM rating_proof WHERE code_hash = ?")
                .param(sha256(code))
                .query((rs, i) -> new Pending(
                        rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) != null))
                .optional();
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().proven() || !found.get().expiresAt().isAfter(now)) {
            return; // unknown, used or expired: nothing to tell anyone
        }
        Complaint c = complaints.load(found.get().complaintId());
        if (c.getChannel() != m.channel() || !m.senderId().equals(c.getChannelSenderId()) || !offered(c)) {
            // the ticket only: who sent it stays out of the log
            log.info("case {}: a rating proof code came from another account and was ignored", c.getTicket());
            return;
        }
        int proven = jdbc.sql(
                        "UPDATE rating_proof SET proven_at = ? WHERE id = ? AND proven_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(now), found.get().id(), Timestamp.from(now))
                .update();
        if (proven == 0) {
            return;
        }
        log.info("case {}: the complainant proved their account for rating", c.getTicket());
        if (m.directMessage()) {
            sendRatingLink(c, m);
        }
    }

    /**
     * The rating link back in the conversation the complainant just wrote in: an X direct message, or a Messenger or
     * Instagram message (their message opened the standard window). A failure leaves the page's form, which the
     * browser that asked for the code shows anyway.
     */
    private void sendRatingLink(Complaint c, PlatformMessageReceived m) {
        String url = properties.trackingUrl(c.getTicket());
        String code = c.getConfirmationCode();
        try {
            String token = accounts.onPlatform(m.platform(), m.accountId())
                    .map(OfficialAccount::getAccessToken)
                    .filter(t -> !t.isBlank())
                    .orElseThrow(() -> new NoticeRefused("no usable account " + m.accountId(), true));
            int limit = m.channel() == Channel.INSTAGRAM ? 700 : m.channel() == Channel.FACEBOOK ? 1700 : 9000;
            String text = NoticeTexts.privateText(NoticeKind.RESOLVED, c.getTicket(), null, url, code, limit);
            boolean notice = privacyNotices.due(m.platform(), m.senderId());
            String full = notice ? text + " " + privacyNotices.notice() : text;
            if (m.channel() == Channel.X) {
                x.sendDirectMessage(m.senderId(), full, token);
            } else {
                graph.sendMessage(m.senderId(), full, token);
            }
            if (notice) {
                privacyNotices.sent(m.platform(), m.senderId());
            }
        } catch (RuntimeException e) {
            log.warn(
                    "case {}: the rating link could not be sent privately ({}); the tracking page shows the form",
                    c.getTicket(),
                    e.getClass().getSimpleName());
        }
    }

    private static String platformName(Channel channel) {
        return switch (channel) {
            case X -> "X (Twitter)";
            case FACEBOOK -> "Facebook";
            case INSTAGRAM -> "Instagram";
            default -> channel.name();
        };
    }

    private String randomCode() {
        StringBuilder s = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
