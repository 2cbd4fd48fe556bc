package id.tanggap.monitoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestPlatforms;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers on an official's own posts count as responsiveness on every platform that lets the app read
 * them, however many pages the platform splits them into (issue 12): Graph's comment lists are followed
 * through {@code paging.cursors.after} (more posts, more comments of a post, more replies to a
 * comment), and X's replies to the official's posts are read by recent search on their
 * {@code conversation_id}, following {@code meta.next_token}. WireMock answers with the documented
 * payload shapes.
 */
class OwnPostRepliesIT extends IntegrationTest {

    private static final DateTimeFormatter GRAPH =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);
    private static final String KABID_PUPR = "197203151998031004";

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private OfficialAccount account(String platform, String handle) {
        OfficialAccount a = new OfficialAccount(
                platform,
                "8" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                handle,
                "https://example.test/" + handle,
                "DPUPR",
                KABID_PUPR,
                "SUBMITTED",
                "token-" + UUID.randomUUID(),
                Instant.now());
        a.verified(Instant.now());
        return accounts.save(a);
    }

    private static void answer(com.github.tomakehurst.wiremock.client.MappingBuilder request, String body) {
        TestPlatforms.get()
                .stubFor(request.atPriority(1)
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(body)));
    }

    private static String comment(String id, String authorId, String time, String replies) {
        return "{\"id\":\"" + id + "\",\"from\":{\"name\":\"Warga\",\"id\":\"" + authorId + "\"},\"created_time\":\""
                + time + "\",\"message\":\"Mohon ditanggapi.\"" + (replies == null ? "" : ",\"comments\":" + replies)
                + "}";
    }

    /** Graph's paging object: a cursor, and {@code next} only when there is a further page. */
    private static String paging(String after, boolean more) {
        return "\"paging\":{\"cursors\":{\"before\":\"QkVGT1JF\",\"after\":\"" + after + "\"}"
                + (more ? ",\"next\":\"https://graph.facebook.com/v23.0/next?after=" + after + "\"" : "") + "}";
    }

    @Test
    void facebookCommentsOnLaterPagesAreCountedAndRepliesOnLaterPagesAnswerThem() {
        OfficialAccount a = account(
                "FACEBOOK", "halaman.pupr." + UUID.randomUUID().toString().substring(0, 6));
        String page = a.getPlatformAccountId();
        Instant now = ENGINE.now();
        String postTime = GRAPH.format(now.minus(Duration.ofDays(3)));
        String old = GRAPH.format(now.minus(Duration.ofDays(2)));
        String late = GRAPH.format(now.minus(Duration.ofHours(30)));
        String post1 = page + "_9001";
        String post2 = page + "_9002";
        String posts = "/graph/" + page + "/posts";
        // posts, page 1: post 1 with one unanswered comment and one whose reply from the page is on the replies' 2nd
        // page;
        // the comment list of post 1 has a second page
        answer(
                get(urlPathEqualTo(posts))
                        .withQueryParam("fields", containing("comments"))
                        .withQueryParam("after", absent()),
                "{\"data\":[{\"id\":\"" + post1 + "\",\"created_time\":\"" + postTime + "\",\"comments\":{\"data\":["
                        + comment("9001_1", "5551001", old, null) + ","
                        + comment(
                                "9001_2",
                                "5551002",
                                old,
                                "{\"data\":[{\"id\":\"9001_3\",\"from\":{\"name\":\"Warga Lain\",\"id\":\"5551009\"},"
                                        + "\"created_time\":\"" + late + "\"}]," + paging("UjI=", true) + "}")
                        + "]," + paging("QzI=", true) + "}}]," + paging("UDI=", true) + "}");
        // posts, page 2: post 2 with one unanswered comment, and no further page
        answer(
                get(urlPathEqualTo(posts))
                        .withQueryParam("fields", containing("comments"))
                        .withQueryParam("after", equalTo("UDI=")),
                "{\"data\":[{\"id\":\"" + post2 + "\",\"created_time\":\"" + postTime + "\",\"comments\":{\"data\":["
                        + comment("9002_1", "5551004", old, null) + "]," + paging("QzM=", false) + "}}],"
                        + paging("UDM=", false) + "}");
        // post 1's comments, page 2: one more unanswered comment
        answer(
                get(urlPathEqualTo("/graph/" + post1 + "/comments")).withQueryParam("after", equalTo("QzI=")),
                "{\"data\":[" + comment("9001_5", "5551005", late, null) + "]," + paging("QzQ=", false) + "}");
        // replies to comment 9001_2, page 2: the page's own answer
        answer(
                get(urlPathEqualTo("/graph/9001_2/comments")).withQueryParam("after", equalTo("UjI=")),
                "{\"data\":[{\"id\":\"9001_6\",\"from\":{\"name\":\"Dinas PUPR\",\"id\":\"" + page
                        + "\"},\"created_time\":\"" + late + "\"}]," + paging("UjM=", false) + "}");
        answer(
                get(urlPathEqualTo(posts)).withQueryParam("fields", equalTo("created_time")),
                "{\"data\":[{\"id\":\"" + post1 + "\",\"created_time\":\"" + postTime + "\"}],\"paging\":{}}");

        ComplianceRuns.run(a);

        // 9001_1, 9001_5 (comments page 2) and 9002_1 (posts page 2); 9001_2 is answered on its replies' page 2
        assertThat(((Number) ComplianceRuns.lastCheck(jdbc, a).get("unanswered_comments")).intValue())
                .isEqualTo(3);
        TestPlatforms.get()
                .verify(getRequestedFor(urlPathEqualTo("/graph/" + post1 + "/comments"))
                        .withQueryParam("after", equalTo("QzI=")));
        ComplianceRuns.retire(accounts, a);
    }

    @Test
    void xRepliesToTheOfficialsOwnPostsCountUntilTheOfficialAnswersThem() {
        OfficialAccount a =
                account("X", "pupr_ntb_" + UUID.randomUUID().toString().substring(0, 6));
        String me = a.getPlatformAccountId();
        Instant now = ENGINE.now();
        String own = String.valueOf(
                1_990_000_000_000_000_000L + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000));
        String ownTime = now.minus(Duration.ofDays(3)).toString();
        String old = now.minus(Duration.ofDays(2)).toString();
        String fresh = now.minus(Duration.ofHours(2)).toString();
        // GET /2/users/:id/tweets: the official's own post of the week (it starts its conversation)
        answer(
                get(urlPathEqualTo("/x/2/users/" + me + "/tweets")),
                "{\"data\":[{\"id\":\"" + own + "\",\"text\":\"Perbaikan jalan Sembalun dimulai pekan ini.\","
                        + "\"edit_history_tweet_ids\":[\"" + own + "\"],\"created_at\":\"" + ownTime
                        + "\",\"conversation_id\":\"" + own + "\"}],"
                        + "\"meta\":{\"result_count\":1,\"newest_id\":\"" + own + "\",\"oldest_id\":\"" + own + "\"}}");
        String search = "/x/2/tweets/search/recent";
        // recent search conversation_id:<own>, page 1: R1 unanswered, the official's answer to R2, and next_token
        answer(
                get(urlPathEqualTo(search))
                        .withQueryParam("query", equalTo("conversation_id:" + own))
                        .withQueryParam("next_token", absent()),
                "{\"data\":[" + reply(own, "31", "5552001", me, old, own) + ","
                        + reply(own, "32", me, "5552002", fresh, "33")
                        + "],\"meta\":{\"newest_id\":\"32\",\"oldest_id\":\"31\",\"result_count\":2,"
                        + "\"next_token\":\"b26v89c19zqg8o3fpzbkk\"}}");
        // page 2: R2 (answered on page 1), R4 unanswered, R5 too fresh, R6 a reply to another person, not to the
        // official
        answer(
                get(urlPathEqualTo(search))
                        .withQueryParam("query", equalTo("conversation_id:" + own))
                        .withQueryParam("next_token", equalTo("b26v89c19zqg8o3fpzbkk")),
                "{\"data\":[" + reply(own, "33", "5552002", me, old, own) + ","
                        + reply(own, "34", "5552004", me, old, own) + ","
                        + reply(own, "35", "5552005", me, fresh, own) + ","
                        + reply(own, "36", "5552006", "5552001", old, "31")
                        + "],\"meta\":{\"newest_id\":\"33\",\"oldest_id\":\"36\",\"result_count\":4}}");

        ComplianceRuns.run(a);

        var check = ComplianceRuns.lastCheck(jdbc, a);
        assertThat(((Number) check.get("unanswered_comments")).intValue()).isEqualTo(2);
        Object responsive = check.get("responsive");
        boolean isResponsive = responsive instanceof Boolean b ? b : ((Number) responsive).intValue() != 0;
        assertThat(isResponsive).isFalse();
        TestPlatforms.get()
                .verify(getRequestedFor(urlPathEqualTo(search))
                        .withQueryParam("tweet.fields", containing("in_reply_to_user_id"))
                        .withQueryParam("next_token", equalTo("b26v89c19zqg8o3fpzbkk")));
        ComplianceRuns.retire(accounts, a);
    }

    /** A reply as X v2 returns it with tweet.fields author_id, created_at, conversation_id, in_reply_to_user_id, referenced_tweets. */
    private static String reply(
            String conversation, String id, String author, String toUser, String at, String repliedTo) {
        return "{\"id\":\"" + id + "\",\"text\":\"@pupr Mohon info jadwalnya.\",\"edit_history_tweet_ids\":[\"" + id
                + "\"],\"author_id\":\"" + author + "\",\"created_at\":\"" + at + "\",\"conversation_id\":\""
                + conversation + "\",\"in_reply_to_user_id\":\"" + toUser
                + "\",\"referenced_tweets\":[{\"type\":\"replied_to\","
                + "\"id\":\"" + repliedTo + "\"}]}";
    }
}
