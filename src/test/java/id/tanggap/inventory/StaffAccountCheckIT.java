package id.tanggap.inventory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.devrun.DevMailText;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.protocol.record.intent.MessageStartEventSubscriptionIntent;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly check of ASN/THL accounts (staff-account-check.bpmn) against the Graph API and the X API
 * served locally with their documented payloads: a Facebook account Graph no longer has (error 100)
 * and an X account X does not find ("Not Found Error") are marked and their OPD is told once, over
 * several runs; an active account's last post is recorded; a post that links an address in the hoax
 * register (typed differently: scheme, www, trailing slash, tracking parameters, a subdomain) tells
 * the person and their OPD head once per post, with the clarification.
 */
class StaffAccountCheckIT extends IntegrationTest {

    private static final DateTimeFormatter GRAPH =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

    @Autowired
    StaffMemberRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private long account(String staffId, String platform, String handle) {
        jdbc.update(
                "INSERT INTO staff_account (staff_id, platform, handle, handle_key) VALUES (?, ?, ?, ?)",
                staffId,
                platform,
                handle,
                handle.toLowerCase());
        return jdbc.queryForObject(
                "SELECT id FROM staff_account WHERE platform = ? AND handle = ?", Long.class, platform, handle);
    }

    /**
     * Asks for a check of these accounts and waits until the instance the request started has completed.
     * The check time is stored to the second only (the test database drops fractional seconds), so a second
     * check within the same second as the first leaves checked_at as it was: its change is no sign of the run.
     */
    private void check(List<Long> ids) {
        // checked_at holds the run's start to the second at most: not earlier than the second it was asked in
        Timestamp asked = Timestamp.from(ENGINE.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        long messageKey;
        try (ZeebeClient client = ENGINE.engine().createClient()) {
            messageKey = client.newPublishMessageCommand()
                    .messageName("staff-account-check-requested")
                    .correlationKey("")
                    .messageId("uji-" + UUID.randomUUID())
                    .variables(Map.of("requestedStaffAccountIds", ids))
                    .send()
                    .join()
                    .getMessageKey();
        }
        await().atMost(Duration.ofSeconds(90))
                .until(() ->
                        instanceStartedBy(messageKey).map(ENGINE::isCompleted).orElse(false));
        long instance = instanceStartedBy(messageKey).orElseThrow();
        assertThat(ENGINE.completedElements(instance).stream()
                        .filter("Task_CheckStaffAccount"::equals)
                        .count())
                .isEqualTo(ids.size());
        ids.forEach(id -> assertThat(checkedAt(id)).isNotNull().isAfterOrEqualTo(asked));
    }

    private static java.util.Optional<Long> instanceStartedBy(long messageKey) {
        return java.util.stream.StreamSupport.stream(
                        ENGINE.records().messageStartEventSubscriptionRecords().spliterator(), false)
                .filter(r -> r.getIntent() == MessageStartEventSubscriptionIntent.CORRELATED
                        && r.getValue().getMessageKey() == messageKey)
                .map(r -> r.getValue().getProcessInstanceKey())
                .findFirst();
    }

    private Timestamp checkedAt(long id) {
        return jdbc.queryForObject("SELECT checked_at FROM staff_account WHERE id = ?", Timestamp.class, id);
    }

    private String state(long id) {
        return jdbc.queryForObject("SELECT check_state FROM staff_account WHERE id = ?", String.class, id);
    }

    /** Messages to exactly this address (TestMail.to also matches kadis.dpupr@ for dpupr@) that mention the text. */
    private static List<MimeMessage> mails(String to, String text) {
        return TestMail.to(to).stream()
                .filter(m -> {
                    try {
                        return java.util.Arrays.stream(m.getRecipients(jakarta.mail.Message.RecipientType.TO))
                                .anyMatch(a -> ((jakarta.mail.internet.InternetAddress) a)
                                        .getAddress()
                                        .equalsIgnoreCase(to));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .filter(m -> TestMail.subjectOf(m).contains(text) || text(m).contains(text))
                .toList();
    }

    private static String text(MimeMessage m) {
        try {
            return DevMailText.plainText(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void goneAccountsAreToldOnceActiveOnesRecordedAndAHoaxLinkToldOncePerPost() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String nip = "1991" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000_000_000L);
        String name = "Pegawai Uji " + suffix;
        String email = "uji." + suffix + "@ntbprov.example";
        staff.save(new StaffMember(nip, name, "DPUPR", "ASN", email, Instant.now()));
        String goneFb = "hilang.fb." + suffix;
        String goneX = "HilangX" + suffix;
        String activeX = "AktifX" + suffix;
        String activeFb = "aktif.fb." + suffix;
        long goneFbId = account(nip, "FACEBOOK", goneFb);
        long goneXId = account(nip, "X", goneX);
        long activeXId = account(nip, "X", activeX);
        long activeFbId = account(nip, "FACEBOOK", activeFb);

        // Diskominfo registers a hoax article and a whole hoax domain
        Api api = new Api(port);
        String clarification = "https://komdigi.example/klarifikasi/" + suffix;
        var urlEntry = api.postAs(
                "diskominfo",
                "/hoaks",
                "application/x-www-form-urlencoded",
                form(Map.of(
                        "alamat",
                        "http://situs-hoaks-" + suffix + ".example/berita/vaksin-berbahaya/",
                        "putusan",
                        "HOAKS",
                        "klarifikasi",
                        clarification)));
        assertThat(urlEntry.status()).isEqualTo(200);
        var domainEntry = api.postAs(
                "diskominfo",
                "/hoaks",
                "application/x-www-form-urlencoded",
                form(Map.of(
                        "alamat", "www.kabar-palsu-" + suffix + ".example",
                        "putusan", "DISINFORMASI",
                        "klarifikasi", clarification + "-2")));
        assertThat(domainEntry.status()).isEqualTo(200);

        // Graph: the page is gone (error 100); X: one user not found, one found with a post linking the hoax
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/graph/" + goneFb + "/posts"))
                        .atPriority(1)
                        .willReturn(TestPlatforms.json("graph-error-not-readable.json")
                                .withStatus(400)));
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/x/2/users/by/username/" + goneX))
                        .atPriority(1)
                        .willReturn(json("{\"errors\":[{\"value\":\"" + goneX
                                + "\",\"detail\":\"Could not find user with username: [" + goneX
                                + "].\",\"title\":\"Not Found Error\",\"resource_type\":\"user\",\"parameter\":\"username\",\"resource_id\":\""
                                + goneX + "\",\"type\":\"https://api.twitter.com/2/problems/resource-not-found\"}]}")));
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/x/2/users/by/username/" + activeX))
                        .atPriority(1)
                        .willReturn(json("{\"data\":{\"id\":\"1500" + Math.abs(suffix.hashCode())
                                + "\",\"name\":\"Pegawai Uji\",\"username\":\"" + activeX + "\"}}")));
        String tweetId = "18" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000_000L);
        String posted = Instant.now()
                .minus(Duration.ofDays(1))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/x/2/tweets/search/recent"))
                        .atPriority(1)
                        .withQueryParam("query", containing("from:" + activeX))
                        .willReturn(json("{\"data\":[{\"id\":\"" + tweetId
                                + "\",\"text\":\"Waspada! https://t.co/Ab12\",\"author_id\":\"77\",\"created_at\":\""
                                + posted
                                + "\",\"entities\":{\"urls\":[{\"start\":9,\"end\":26,\"url\":\"https://t.co/Ab12\","
                                + "\"expanded_url\":\"https://www.situs-hoaks-" + suffix
                                + ".example/berita/vaksin-berbahaya?utm_source=whatsapp&fbclid=IwAR0x\"}]}}],"
                                + "\"includes\":{\"users\":[{\"id\":\"77\",\"name\":\"Pegawai Uji\",\"username\":\""
                                + activeX
                                + "\"}]},\"meta\":{\"result_count\":1}}")));
        String fbPost = "1098_" + suffix.hashCode();
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/graph/" + activeFb + "/posts"))
                        .atPriority(1)
                        .willReturn(json("{\"data\":[{\"id\":\"" + fbPost + "\",\"message\":\"Info penting\","
                                + "\"permalink_url\":\"https://www.facebook.com/" + activeFb
                                + "/posts/1\",\"created_time\":\""
                                + GRAPH.format(Instant.now().minus(Duration.ofDays(2)))
                                + "\",\"attachments\":{\"data\":[{\"unshimmed_url\":\"https://berita.kabar-palsu-"
                                + suffix
                                + ".example/artikel\"}]}}],\"paging\":{}}")));

        List<Long> ids = List.of(goneFbId, goneXId, activeXId, activeFbId);
        check(ids);
        assertThat(state(goneFbId)).isEqualTo("TIDAK_ADA");
        assertThat(state(goneXId)).isEqualTo("TIDAK_ADA");
        assertThat(state(activeXId)).isEqualTo("AKTIF");
        assertThat(state(activeFbId)).isEqualTo("AKTIF");
        assertThat(jdbc.queryForObject(
                        "SELECT last_post_at FROM staff_account WHERE id = ?", Timestamp.class, activeXId))
                .isNotNull();

        // twice more, the second time by the weekly timer: still one notice each
        check(ids);
        Map<Long, Object> before = new java.util.HashMap<>();
        ids.forEach(id -> before.put(id, checkedAt(id)));
        runtime.increaseTime(Duration.ofDays(8));
        await().atMost(Duration.ofSeconds(120))
                .until(() -> ids.stream().allMatch(id -> !checkedAt(id).equals(before.get(id))));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> mails("dpupr@ntbprov.example", goneFb).size() == 1
                        && mails("dpupr@ntbprov.example", goneX).size() == 1);
        Thread.sleep(2000);
        assertThat(mails("dpupr@ntbprov.example", goneFb)).hasSize(1);
        assertThat(mails("dpupr@ntbprov.example", goneX)).hasSize(1);
        assertThat(mails("dpupr@ntbprov.example", activeX)).isEmpty();
        assertThat(DevMailText.plainText(mails("dpupr@ntbprov.example", goneX).get(0)))
                .contains(name, "tidak lagi menemukan", "hanya dikirim sekali");

        // the hoax links: the person and the head of Dinas PUPR, once per post, with the clarification
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.to(email).size() == 2
                        && mails("kadis.dpupr@ntbprov.example", name).size() == 2);
        assertThat(TestMail.to(email))
                .extracting(StaffAccountCheckIT::text)
                .anySatisfy(t -> assertThat(t).contains("Hoaks", clarification, tweetId))
                .anySatisfy(t -> assertThat(t).contains("Disinformasi", clarification + "-2"));
        assertThat(mails("kadis.dpupr@ntbprov.example", name))
                .extracting(StaffAccountCheckIT::text)
                .allSatisfy(t -> assertThat(t).contains(name, "mengingatkan pegawai"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hoax_alert WHERE staff_id = ?", Integer.class, nip))
                .isEqualTo(2);
    }

    @Test
    void theHoaxRegisterRefusesWhatIsNoLinkAndShowsTypedMarkupAsText() {
        Api api = new Api(port);
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM hoax_entry", Integer.class);
        var unsafe = api.postAs(
                "diskominfo",
                "/hoaks",
                "application/x-www-form-urlencoded",
                form(Map.of(
                        "alamat", "<script>alert(1)</script>",
                        "putusan", "HOAKS",
                        "klarifikasi", "javascript:alert(document.cookie)")));
        assertThat(unsafe.status()).isEqualTo(400);
        assertThat(unsafe.body())
                .contains("klarifikasi: harus tautan http(s)", "alamat: harus tautan")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        var badVerdict = api.postAs(
                "diskominfo",
                "/hoaks",
                "application/x-www-form-urlencoded",
                form(Map.of(
                        "alamat", "situs.example", "putusan", "BENAR", "klarifikasi", "https://komdigi.example/k")));
        assertThat(badVerdict.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hoax_entry", Integer.class))
                .isEqualTo(before);
        assertThat(api.postAs("pupr", "/hoaks", "application/x-www-form-urlencoded", "alamat=situs.example")
                        .status())
                .isEqualTo(403);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String form(Map<String, String> fields) {
        return String.join(
                "&",
                fields.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .toList());
    }
}
