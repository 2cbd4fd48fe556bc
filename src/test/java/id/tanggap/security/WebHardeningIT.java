package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.inbox.SocialWebhooks;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20, findings 6, 8 and 9: each test plays the attack against the running application and shows
 * it fails, while the legitimate use next to it still works.
 */
class WebHardeningIT extends IntegrationTest {

    private static final Pattern CSRF_INPUT =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Cases cases;
    final HttpClient http = HttpClient.newHttpClient(); // follows no redirects, keeps no cookies

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new Cases(api, runtime, jdbc);
    }

    // --- finding 6: stored XSS ---

    @Test
    void aJavascriptReplyLinkNeverBecomesALinkOnTheTrackingPageWhileHttpsLinksDo() {
        var attack = cases.submit("SAMPAH");
        cases.triageValid(attack, "SAMPAH");
        cases.complete(
                attack,
                "Task_RespondToComplaint",
                Map.of(
                        "responseOutcome",
                        "RESPONDED",
                        "responseText",
                        "Sampah sudah kami angkut <script>alert(1)</script><img src=x onerror=alert(2)>",
                        "publicReplyUrl",
                        "javascript:alert(document.cookie)"));
        cases.awaitStatus(attack, "DIPROSES");

        assertThat(cases.row(attack).get("public_reply_url"))
                .as("nothing stored")
                .isNull();
        String page = get("/lacak/" + attack.ticket(), Map.of()).body();
        assertThat(page)
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContain("id=\"public-reply\"")
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("tautan balasan publik tidak disimpan karena bukan alamat http(s)");

        // the resolution's links (sent to the complainant by e-mail) are filtered the same way
        cases.complete(
                attack,
                "Task_ResolveComplaint",
                Map.of(
                        "followUpPlan",
                        "Tim turun ke lokasi.",
                        "evidenceUrls",
                        "javascript:alert(3)\nhttps://foto.example/sesudah.jpg\ndata:text/html,<b>x</b>",
                        "resolutionText",
                        "Sampah sudah diangkut.",
                        "publicReplyUrl",
                        " JavaScript:alert(4)"));
        cases.awaitStatus(attack, "SELESAI");
        assertThat(cases.row(attack))
                .containsEntry("public_reply_url", null)
                .containsEntry("resolution_reply_url", null)
                .containsEntry("evidence_urls", "https://foto.example/sesudah.jpg");

        var fine = cases.submit("SAMPAH");
        cases.triageValid(fine, "SAMPAH");
        cases.complete(
                fine,
                "Task_RespondToComplaint",
                Map.of(
                        "responseOutcome",
                        "RESPONDED",
                        "responseText",
                        "Sampah sudah kami angkut pagi ini.",
                        "publicReplyUrl",
                        "https://www.instagram.com/p/dlhkntb-1"));
        cases.awaitStatus(fine, "DIPROSES");
        assertThat(get("/lacak/" + fine.ticket(), Map.of()).body())
                .contains(
                        "<a id=\"public-reply\" href=\"https://www.instagram.com/p/dlhkntb-1\" rel=\"noopener noreferrer nofollow\">");
    }

    @Test
    void everyPageAndApiAnswerCarriesTheSecurityHeaders() {
        String supervisor = basic("sekda", "tanggap");
        for (var r : List.of(
                get("/aduan", Map.of()),
                get("/lacak/ADU-2026-999999", Map.of()),
                get("/dashboard", Map.of("Authorization", supervisor)),
                get("/api/complaints/ADU-2026-999999", Map.of()),
                get("/api/holidays", Map.of("Authorization", supervisor)))) {
            String where = r.uri() + " " + r.statusCode();
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(where)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains(
                                    "default-src 'self'",
                                    "script-src 'self'",
                                    "object-src 'none'",
                                    "frame-ancestors 'none'")
                            .doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(r.headers().firstValue("Referrer-Policy")).as(where).contains("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("X-Content-Type-Options"))
                    .as(where)
                    .contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(where).contains("DENY");
        }
        // the public page's behaviour lives in a static script, as the policy demands
        assertThat(get("/aduan", Map.of()).body())
                .contains("<script src=\"/js/complaint-form.js\"></script>")
                .doesNotContain("onclick=");
        assertThat(get("/js/complaint-form.js", Map.of()).statusCode()).isEqualTo(200);
    }

    // --- finding 8: CSRF and cookies ---

    @Test
    void aCrossSiteFormCannotImportStaffWithTheSessionCookieButRealClientsCan() {
        String session = login("diskominfo", "tanggap");
        String forged = staffCsv("THL-X" + shortId());

        // a cross-site <form enctype="text/plain"> carries the cookie but no token
        assertThat(post("/api/inventory/import", "text/plain", forged, Map.of("Cookie", "JSESSIONID=" + session))
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/api/inventory/import", "text/csv", forged, Map.of("Cookie", "JSESSIONID=" + session))
                        .statusCode())
                .isEqualTo(403);
        // even with a token, text/plain (sendable without a CORS preflight) is not a CSV upload
        String token = csrfToken("/aduan", session);
        assertThat(post(
                                "/api/inventory/import",
                                "text/plain",
                                forged,
                                Map.of("Cookie", "JSESSIONID=" + session, "X-CSRF-TOKEN", token))
                        .statusCode())
                .isEqualTo(415);
        assertThat(staffCount(forged)).isZero();

        // the same session with its token, and an API client with Basic credentials, import as before
        assertThat(post(
                                "/api/inventory/import",
                                "text/csv",
                                forged,
                                Map.of("Cookie", "JSESSIONID=" + session, "X-CSRF-TOKEN", token))
                        .statusCode())
                .isEqualTo(200);
        String viaBasic = staffCsv("THL-B" + shortId());
        assertThat(post(
                                "/api/inventory/import",
                                "text/csv",
                                viaBasic,
                                Map.of("Authorization", basic("diskominfo", "tanggap")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(staffCount(forged) + staffCount(viaBasic)).isEqualTo(2);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        var page = get("/login", Map.of());
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
    }

    @Test
    void htmlFormsStillRefuseAPostWithoutTheToken() {
        var rating = post(
                "/lacak/ADU-2026-000001/nilai", "application/x-www-form-urlencoded", "kode=ABCDEFGH&nilai=1", Map.of());
        assertThat(rating.statusCode()).isEqualTo(403);
        String session = login("diskominfo", "tanggap");
        var campaign = post(
                "/kampanye",
                "application/x-www-form-urlencoded",
                "programme=Palsu",
                Map.of("Cookie", "JSESSIONID=" + session));
        assertThat(campaign.statusCode()).isEqualTo(403);
    }

    // --- finding 9: headers and errors ---

    @Test
    void aForwardedHostFromAnOrdinaryClientSteersNoRedirectAndNoLink() {
        var redirect = get(
                "/dashboard",
                Map.of(
                        "Accept",
                        "text/html",
                        "X-Forwarded-Host",
                        "evil.example",
                        "X-Forwarded-Proto",
                        "https",
                        "Forwarded",
                        "host=evil.example"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(
                        l -> assertThat(l).doesNotContain("evil.example").endsWith("/login"));
        for (String path : List.of("/aduan", "/login", "/direktori")) {
            assertThat(get(path, Map.of("X-Forwarded-Host", "evil.example")).body())
                    .as(path)
                    .doesNotContain("evil.example");
        }
    }

    @Test
    void outOfRangeDatesAnswer400ProblemDetailsNotServerErrors() {
        String supervisor = basic("sekda", "tanggap");
        assertProblem(
                get(
                        "/dashboard?to=" + URLEncoder.encode("+999999999-12-31", StandardCharsets.UTF_8),
                        Map.of("Authorization", supervisor, "Accept", "application/json")),
                "to");
        assertProblem(
                get(
                        "/dashboard?from=-999999999-01-01",
                        Map.of("Authorization", supervisor, "Accept", "application/json")),
                "from");
        assertProblem(get("/api/holidays?year=2000000000", Map.of("Authorization", supervisor)), "year");
        var farHoliday = send(HttpRequest.newBuilder(URI.create(
                        api.base() + "/api/holidays/" + URLEncoder.encode("+999999999-12-31", StandardCharsets.UTF_8)))
                .header("Authorization", basic("diskominfo", "tanggap"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Hari kiamat\"}"))
                .build());
        assertProblem(farHoliday, "date");
        // ordinary periods still work
        assertThat(get("/dashboard?from=2026-01-01&to=2026-02-01", Map.of("Authorization", supervisor))
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/api/holidays?year=2026", Map.of("Authorization", supervisor))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void malformedJsonIsA400NamingTheField() throws Exception {
        var r = api.post("/api/complaints", "{\"channel\": \"WEB\", \"location\": {\"lat\": \"utara\"}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().at("/errors/0/field").asText()).isEqualTo("location.lat");
    }

    @Test
    void aWebhookBodyOverOneMebibyteIsRefusedBeforeItIsParsedAndSignedDeliveriesCountOnce() {
        // a validly signed delivery whose only fault is its size: with no cap it would become a case
        String bigId = "wamid.BIG" + shortId();
        byte[] big = whatsapp(bigId, "Jalan berlubang di Jl. Pejanggik. " + "x".repeat(2 * 1024 * 1024));
        var refused = api.post("/webhooks/meta", big, Map.of("X-Hub-Signature-256", metaSignature(big)));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(complaintsWithExternalId(bigId)).isZero();

        String id = "wamid.OK" + shortId();
        byte[] delivery = whatsapp(id, "Lampu jalan di Jl. Udayana padam sejak tiga hari, mohon diperbaiki.");
        assertThat(api.post("/webhooks/meta", delivery, Map.of("X-Hub-Signature-256", "sha256=" + "0".repeat(64)))
                        .status())
                .isEqualTo(401);
        assertThat(complaintsWithExternalId(id)).isZero();
        var first = api.post("/webhooks/meta", delivery, Map.of("X-Hub-Signature-256", metaSignature(delivery)));
        var replay = api.post("/webhooks/meta", delivery, Map.of("X-Hub-Signature-256", metaSignature(delivery)));
        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        // classified after the answer: wait for both deliveries' outcome before counting the cases
        assertThat(SocialWebhooks.tickets(jdbc, first))
                .isEqualTo(SocialWebhooks.tickets(jdbc, replay))
                .hasSize(1);
        assertThat(complaintsWithExternalId(id)).isEqualTo(1);
    }

    @Test
    void fortyWrongPasswordsAreThrottledAndTheRealUserGetsInAfterTheBlock() throws Exception {
        String right = basic("dlhk", "tanggap");
        assertThat(get("/api/holidays", Map.of("Authorization", right)).statusCode())
                .isEqualTo(200); // a clean record to start from
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 40; i++) {
            last = get("/api/holidays", Map.of("Authorization", basic("dlhk", "tebakan" + i)));
            statuses.add(last.statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 40)).containsOnly(429);
        assertThat(last.body()).contains("Terlalu banyak percobaan masuk");
        long retryAfter =
                Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 4L);
        // while blocked even the right password is not checked, so a lucky guess tells the attacker nothing
        assertThat(get("/api/holidays", Map.of("Authorization", right)).statusCode())
                .isEqualTo(429);

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        get("/api/holidays", Map.of("Authorization", right)).statusCode() == 200);

        // the login form is throttled the same way, with a page in Indonesian
        login("pupr", "tanggap");
        for (int i = 0; i < 5; i++) {
            assertThat(formLogin("pupr", "salah" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("error"));
        }
        var blocked = formLogin("pupr", "tanggap");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 1 menit.");
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> formLogin("pupr", "tanggap").statusCode() == 302);
    }

    // --- helpers ---

    private void assertProblem(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        try {
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertThat(body.at("/errors/0/field").asText()).isEqualTo(field);
        } catch (java.io.IOException e) {
            throw new AssertionError(r.body(), e);
        }
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(api.base() + path)).GET();
        headers.forEach(b::header);
        return send(b.build());
    }

    private HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs in with the form as a browser does; the session id of the logged-in session. */
    private String login(String user, String password) {
        var done = formLogin(user, password);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return sessionOf(done);
    }

    private HttpResponse<String> formLogin(String user, String password) {
        var page = get("/login", Map.of());
        String session = sessionOf(page);
        String token = csrfIn(page.body());
        return post(
                "/login",
                "application/x-www-form-urlencoded",
                "username=" + user + "&password=" + password + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8),
                Map.of("Cookie", "JSESSIONID=" + session));
    }

    private String csrfToken(String page, String session) {
        return csrfIn(get(page, Map.of("Cookie", "JSESSIONID=" + session)).body());
    }

    private static String csrfIn(String html) {
        Matcher m = CSRF_INPUT.matcher(html);
        assertThat(m.find()).as("a CSRF field in " + html).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String sessionOf(HttpResponse<String> r) {
        for (String cookie : r.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(cookie);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no session cookie in " + r.headers().map());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String staffCsv(String staffId) {
        return "nip,nama,opd,jenis,facebook,instagram,x\n" + staffId + ",Pegawai Uji,DLHK,THL,,,\n";
    }

    private int staffCount(String csv) {
        String staffId = csv.lines().skip(1).findFirst().orElseThrow().split(",")[0];
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_member WHERE staff_id = ?", Integer.class, staffId);
    }

    private int complaintsWithExternalId(String externalId) {
        return ComplaintRows.countWithExternalId(jdbc, externalId);
    }

    private static byte[] whatsapp(String messageId, String text) {
        String json = """
                {"object":"whatsapp_business_account","entry":[{"id":"109876543210987","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"6281237000001","phone_number_id":"106540352242922"},
                "contacts":[{"profile":{"name":"Baiq Nurul"},"wa_id":"6281917000111"}],
                "messages":[{"from":"6281917000111","id":"%s","timestamp":"1749535331","type":"text","text":{"body":"%s"}}]}}]}]}
                """.formatted(messageId, text);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String metaSignature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("tanggap-test-app-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
