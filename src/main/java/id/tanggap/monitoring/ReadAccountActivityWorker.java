package id.tanggap.monitoring;

import id.tanggap.channels.ChannelProperties;
import id.tanggap.channels.GraphApiClient;
import id.tanggap.channels.PlatformException;
import id.tanggap.channels.XApiClient;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.registry.AccountRegistry;
import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code readAccountActivity}: whether the account is connected at all (an account without a usable
 * token is "belum terhubung" and is not read); the account's latest post (through the Graph API or
 * the X API, with the account's token); the complaints and WhatsApp messages to it left without a
 * first response past the service level (WhatsApp has no feed: it is judged by its answers only, from
 * Tanggap's own data); for Facebook, Instagram and X, the comments (X: replies) of others on the account's
 * own posts that the account has not answered (where the platform lets the app read them); and, for an
 * official's account, how many of the point-1 platforms the official still lacks. An expired token
 * becomes an incident Operate shows; a rate limit is retried later.
 */
@Component
public class ReadAccountActivityWorker {

    private final OfficialAccounts accounts;
    private final GraphApiClient graph;
    private final XApiClient x;
    private final JdbcTemplate jdbc;
    private final ChannelProperties channels;
    private final OwnPostComments comments;

    ReadAccountActivityWorker(
            OfficialAccounts accounts,
            GraphApiClient graph,
            XApiClient x,
            JdbcTemplate jdbc,
            ChannelProperties channels,
            OwnPostComments comments) {
        this.comments = comments;
        this.accounts = accounts;
        this.graph = graph;
        this.x = x;
        this.jdbc = jdbc;
        this.channels = channels;
    }

    @JobWorker(type = "readAccountActivity")
    public Map<String, Object> readAccountActivity(
            ActivatedJob job,
            @Variable long accountId,
            @Variable String responseSla,
            @Variable(optional = true) String checkedAt) {
        OfficialAccount a = accounts.find(accountId)
                .orElseThrow(() -> new IllegalStateException("no official account " + accountId));
        Instant now = checkedAt == null ? Instant.now() : ProcessDates.parse(checkedAt);
        Instant lastPost = null;
        int postsLastWeek = 0;
        String note = null;
        int unansweredComments = 0;
        Instant overdueBefore = now.minus(Duration.parse(responseSla));
        boolean connected = accounts.isConnected(accountId);
        if (!connected) {
            note = "akun belum terhubung dengan Tanggap";
        } else if (!"WHATSAPP".equals(a.getPlatform())) {
            try {
                Instant weekAgo = now.minus(Duration.ofDays(7));
                java.util.List<Instant> posts;
                if ("X".equals(a.getPlatform())) {
                    // one timeline read: its times judge activity, its posts are where the replies are looked for
                    java.util.List<XApiClient.Tweet> tweets =
                            x.tweetsSince(a.getPlatformAccountId(), a.getAccessToken(), weekAgo);
                    posts = tweets.stream().map(XApiClient.Tweet::createdAt).toList();
                    unansweredComments = comments.unansweredOnX(
                            a.getPlatformAccountId(), a.getAccessToken(), tweets, weekAgo, overdueBefore);
                } else {
                    posts = graph.postTimesSince(
                            a.getPlatform(), a.getPlatformAccountId(), a.getAccessToken(), weekAgo);
                    unansweredComments = comments.unanswered(
                            a.getPlatform(), a.getPlatformAccountId(), a.getAccessToken(), weekAgo, overdueBefore);
                }
                lastPost = posts.isEmpty() ? null : posts.get(0);
                postsLastWeek =
                        (int) posts.stream().filter(t -> !t.isBefore(weekAgo)).count();
            } catch (PlatformException e) {
                throw CamundaError.jobError(
                        "Membaca akun " + a.getPlatform() + " " + a.getHandle() + " gagal: " + e.getMessage(),
                        null,
                        e.permanent() ? 0 : Math.max(0, job.getRetries() - 1),
                        channels.replyRetryBackoff());
            }
        }
        Integer unanswered = jdbc.queryForObject(
                "SELECT COUNT(*) FROM complaint WHERE channel_account_id = ? AND first_response_at IS NULL "
                        + "AND duplicate_of_id IS NULL AND status NOT IN ('DITUTUP', 'DITERUSKAN', 'HOAKS') AND created_at < ?",
                Integer.class,
                a.getPlatformAccountId(),
                Timestamp.from(overdueBefore));
        if ("WHATSAPP".equals(a.getPlatform())) {
            // messages to the number that are waiting and were never answered by the official
            unanswered += jdbc.queryForObject(
                    "SELECT COUNT(*) FROM social_interaction WHERE channel = 'WHATSAPP' AND account_id = ? "
                            + "AND state = 'MENUNGGU' AND official_replied_at IS NULL AND answer_platform_id IS NULL "
                            + "AND received_at < ?",
                    Integer.class,
                    a.getPlatformAccountId(),
                    Timestamp.from(overdueBefore));
        }
        int missing = 0;
        if (a.getOfficialNip() != null) {
            Set<String> verified = accounts.heldBy(a.getOfficialNip()).stream()
                    .filter(OfficialAccount::takesComplaints)
                    .map(OfficialAccount::getPlatform)
                    .collect(Collectors.toSet());
            missing = (int) AccountRegistry.REQUIRED_PLATFORMS.stream()
                    .filter(p -> !verified.contains(p))
                    .count();
        }
        Map<String, Object> out = new HashMap<>();
        out.put("lastPostAt", lastPost == null ? null : lastPost.toString());
        out.put(
                "daysSinceLastPost",
                lastPost == null ? null : Duration.between(lastPost, now).toDays());
        out.put("unansweredOverdue", unanswered == null ? 0 : unanswered);
        out.put("missingPlatforms", missing);
        out.put("readNote", note);
        out.put("postsLast7Days", postsLastWeek);
        out.put("connected", connected);
        out.put("platform", a.getPlatform());
        out.put("unansweredComments", unansweredComments);
        return out;
    }
}
