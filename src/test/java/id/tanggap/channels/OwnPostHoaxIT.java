package id.tanggap.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.devrun.DevMailText;
import id.tanggap.inbox.SocialWebhooks;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An official's own post that links an address in the hoax register is told as the webhook delivers it
 * (issue 12), not only at the weekly staff-account check: a Facebook Page's own {@code feed} post
 * ({@code from.id} = the Page) and an X account's own tweet in {@code tweet_create_events}
 * ({@code user.id_str} = {@code for_user_id}) e-mail the official and the head of their OPD with the
 * clarification, once per post however often the platform redelivers it; a visitor's post on the Page
 * that links the same address is not the official's and tells no one.
 */
class OwnPostHoaxIT extends IntegrationTest {

    private static final String KABID_PUPR = "197203151998031004";
    private static final String KABID_MAIL = "kabid.dpupr@ntbprov.example";
    private static final String KADIS_MAIL = "kadis.dpupr@ntbprov.example";

    @LocalServerPort
    int port;

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String suffix;
    String clarification;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        clarification = "https://komdigi.example/klarifikasi/" + suffix;
        var entry = api.postAs(
                "diskominfo",
                "/hoaks",
                "application/x-www-form-urlencoded",
                "alamat=" + enc("kabar-palsu-" + suffix + ".example") + "&putusan=HOAKS&klarifikasi="
                        + enc(clarification));
        assertThat(entry.status()).isEqualTo(200);
    }

    private OfficialAccount account(String platform) {
        String id = "6" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
        OfficialAccount a = new OfficialAccount(
                platform,
                id,
                "akun." + id,
                "https://example.test/" + id,
                "DPUPR",
                KABID_PUPR,
                "SUBMITTED",
                "token-" + id,
                Instant.now());
        a.verified(Instant.now());
        return accounts.save(a);
    }

    private long mails(String to, String postId) {
        return TestMail.to(to).stream().filter(m -> text(m).contains(postId)).count();
    }

    private static String text(jakarta.mail.internet.MimeMessage m) {
        try {
            return DevMailText.plainText(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int alerts(String postId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM hoax_alert WHERE post_id = ?", Integer.class, postId);
    }

    /** A Page feed change as Meta delivers it for a post (item status/post, verb add, from = who posted). */
    private static byte[] feedPost(
            String page, String fromId, String fromName, String postId, String item, String message, String link) {
        return ("{\"object\":\"page\",\"entry\":[{\"id\":\"" + page + "\",\"time\":1764720000,\"changes\":[{"
                        + "\"field\":\"feed\",\"value\":{\"from\":{\"id\":\"" + fromId + "\",\"name\":\"" + fromName
                        + "\"},\"item\":\"" + item + "\",\"post_id\":\"" + postId + "\",\"verb\":\"add\","
                        + "\"published\":1,\"created_time\":1764720000,\"message\":\"" + message + "\""
                        + (link == null ? "" : ",\"link\":\"" + link + "\"") + "}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPagesOwnPostLinkingAHoaxIsToldOnceEvenWhenMetaDeliversItAgain() {
        OfficialAccount a = account("FACEBOOK");
        String page = a.getPlatformAccountId();
        String postId = page + "_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
        byte[] own = feedPost(
                page,
                page,
                "Kabid Bina Marga",
                postId,
                "status",
                "Info penting untuk warga, baca selengkapnya: https://www.kabar-palsu-" + suffix
                        + ".example/vaksin?fbclid=IwAR0abc",
                null);
        assertThat(SocialWebhooks.deliver(api, own).status()).isEqualTo(200);
        assertThat(SocialWebhooks.deliver(api, own).status()).isEqualTo(200); // Meta retries a delivery

        assertThat(alerts(postId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mails(KABID_MAIL, postId) == 1 && mails(KADIS_MAIL, postId) == 1);
        var toOfficial = TestMail.to(KABID_MAIL).stream()
                .filter(m -> text(m).contains(postId))
                .findFirst()
                .orElseThrow();
        assertThat(text(toOfficial)).contains(clarification, "kabar-palsu-" + suffix);
        assertThat(TestMail.subjectOf(toOfficial)).contains("FACEBOOK");

        // a visitor's post on the Page with the same link is not the official's: nobody is told
        String visitorPost = page + "_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
        assertThat(SocialWebhooks.deliver(
                                api,
                                feedPost(
                                        page,
                                        "7012345678901234",
                                        "Warga",
                                        visitorPost,
                                        "post",
                                        "Lihat ini",
                                        "https://kabar-palsu-" + suffix + ".example/vaksin"))
                        .status())
                .isEqualTo(200);
        // a post of the Page that links nothing in the register: nothing either
        String clean = page + "_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
        SocialWebhooks.deliver(
                api,
                feedPost(
                        page,
                        page,
                        "Kabid",
                        clean,
                        "status",
                        "Jadwal perbaikan jalan: https://ntbprov.go.id/jalan",
                        null));
        assertThat(alerts(visitorPost)).isZero();
        assertThat(alerts(clean)).isZero();
        assertThat(mails(KABID_MAIL, postId)).isEqualTo(1);
    }

    @Test
    void anXAccountsOwnTweetLinkingAHoaxIsToldOnce() throws Exception {
        OfficialAccount a = account("X");
        String me = a.getPlatformAccountId();
        String tweetId = "19" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000_000_000L);
        // Account Activity: the subscribed account's own tweet, its link shortened to t.co with the expanded URL beside
        // it
        String body = "{\"for_user_id\":\"" + me
                + "\",\"tweet_create_events\":[{\"created_at\":\"Wed Dec 02 02:30:10 +0000 2026\","
                + "\"id\":" + tweetId + ",\"id_str\":\"" + tweetId + "\",\"text\":\"Baca ini https://t.co/AbCdEf123\","
                + "\"truncated\":false,\"in_reply_to_status_id_str\":null,\"in_reply_to_user_id_str\":null,"
                + "\"user\":{\"id\":" + me + ",\"id_str\":\"" + me
                + "\",\"name\":\"Kabid Bina Marga\",\"screen_name\":\"kabid_pupr\"},"
                + "\"entities\":{\"hashtags\":[],\"urls\":[{\"url\":\"https://t.co/AbCdEf123\",\"expanded_url\":"
                + "\"https://kabar-palsu-" + suffix + ".example/berita\",\"display_url\":\"kabar-palsu-" + suffix
                + ".example/berita\",\"indices\":[9,32]}],\"user_mentions\":[],\"symbols\":[]}}]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(x(bytes).status()).isEqualTo(200);
        assertThat(x(bytes).status()).isEqualTo(200);

        assertThat(alerts(tweetId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mails(KABID_MAIL, tweetId) == 1 && mails(KADIS_MAIL, tweetId) == 1);
        Thread.sleep(1500);
        assertThat(mails(KABID_MAIL, tweetId)).isEqualTo(1);
        assertThat(mails(KADIS_MAIL, tweetId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT post_url FROM hoax_alert WHERE post_id = ?", String.class, tweetId))
                .isEqualTo("https://x.com/kabid_pupr/status/" + tweetId);
    }

    private Api.Response x(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("tanggap-test-consumer-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return api.post(
                "/webhooks/x",
                body,
                Map.of(
                        "x-twitter-webhooks-signature",
                        "sha256=" + Base64.getEncoder().encodeToString(mac.doFinal(body))));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
