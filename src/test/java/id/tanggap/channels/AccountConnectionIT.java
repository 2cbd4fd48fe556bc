package id.tanggap.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.tanggap.officials.AccountStatus;
import id.tanggap.officials.ConnectionState;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.shared.Channel;
import id.tanggap.testsupport.AccountRows;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.OutboxRows;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: connecting official accounts through each platform's documented flow against a local
 * stand-in that answers with the platforms' documented payloads (Facebook Login for Business and the
 * Graph API; X's OAuth 2.0 with PKCE; WhatsApp Cloud), the daily token health check, and replies that
 * wait for a broken account to be connected again instead of becoming incidents.
 */
class AccountConnectionIT extends IntegrationTest {

    /** An echelon III official of Dinas PUPR of this test's own, so that its e-mails and accounts are this test's only. */
    static final String NIP = "198001" + digits(12);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    AccountTokens tokens;

    @Autowired
    ChannelIntake intake;

    @Autowired
    id.tanggap.officials.Officials officials;

    @Autowired
    id.tanggap.routing.Opds opds;

    @Autowired
    CheckAccountTokensWorker health;

    Api api;
    Cases cases;
    WireMockServer platforms = TestPlatforms.get();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new Cases(api, runtime, jdbc);
        if (!officials.exists(NIP)) {
            officials.register(new id.tanggap.officials.Official(
                    NIP,
                    "Lalu Uji Koneksi, S.T.",
                    "Kepala Bidang Jalan Uji",
                    "III",
                    "DPUPR",
                    "uji.koneksi." + NIP + "@ntbprov.example",
                    null));
        }
    }

    // ---------------------------------------------------------------- helpers

    static String digits(int n) {
        StringBuilder s = new StringBuilder("9");
        while (s.length() < n) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }

    OfficialAccount account(String platform, String platformId) {
        return accounts.save(new OfficialAccount(
                platform,
                platformId,
                "akun." + platformId,
                "https://example.test/" + platformId,
                "DPUPR",
                NIP,
                AccountStatus.VERIFIED.name(),
                null,
                Instant.now()));
    }

    /** A staff member's browser: a cookie jar (the session holds the connection's state), redirects not followed. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        final String auth;

        Browser(String user) {
            auth = "Basic " + Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(api.base() + path))
                            .header("Authorization", auth)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                    .append(k)
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return http.send(
                    HttpRequest.newBuilder(URI.create(api.base() + path))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    static Map<String, String> query(String url) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return q;
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** What the public directory says of the account's connection. */
    String directoryConnection(String handle) {
        for (var opd : api.get("/api/directory/DPUPR").json().path("officials")) {
            for (var acc : opd.path("accounts")) {
                if (handle.equals(acc.path("handle").asText())) {
                    return acc.path("connection").asText();
                }
            }
        }
        return null;
    }

    String storedToken(long id) {
        return AccountRows.storedAccessToken(jdbc, id);
    }

    String ownerEmail() {
        return officials.find(NIP).orElseThrow().getEmail();
    }

    String opdEmail(String code) {
        return opds.emailOf(code).orElse(null);
    }

    long mails(String to, String subjectPart) {
        return TestMail.to(to).stream()
                .filter(m -> TestMail.subjectOf(m).contains(subjectPart))
                .count();
    }

    long renewals(long accountId) {
        return OutboxRows.count(jdbc, "account-token-renewed", String.valueOf(accountId));
    }

    void stubMetaLogin(String code, String pageId, String pageToken, String instagramId) {
        platforms.stubFor(get(urlPathEqualTo("/graph/oauth/access_token"))
                .withQueryParam("code", equalTo(code))
                .withQueryParam("client_id", equalTo("555000111222333"))
                .withQueryParam("client_secret", equalTo("tanggap-test-app-secret"))
                .withQueryParam("redirect_uri", equalTo("https://tanggap.ntbprov.example/akun-resmi/hubungkan/meta"))
                .willReturn(jsonBody("{\"access_token\":\"EAAshort" + code
                        + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
        platforms.stubFor(get(urlPathEqualTo("/graph/oauth/access_token"))
                .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", equalTo("EAAshort" + code))
                .willReturn(jsonBody("{\"access_token\":\"EAAlong" + code
                        + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
        platforms.stubFor(get(urlPathEqualTo("/graph/me/accounts"))
                .withHeader("Authorization", equalTo("Bearer EAAlong" + code))
                .willReturn(jsonBody(
                        "{\"data\":[{\"access_token\":\"EAAotherpage\",\"category\":\"Government organization\","
                                + "\"name\":\"Halaman lain\",\"id\":\"100000000000001\",\"tasks\":[\"MODERATE\"]},"
                                + "{\"access_token\":\"" + pageToken + "\",\"category\":\"Government official\","
                                + "\"name\":\"Baiq Rahmawati\",\"id\":\"" + pageId
                                + "\",\"tasks\":[\"ANALYZE\",\"ADVERTISE\",\"MODERATE\",\"CREATE_CONTENT\",\"MANAGE\"]"
                                + (instagramId == null
                                        ? ""
                                        : ",\"instagram_business_account\":{\"id\":\"" + instagramId + "\"}")
                                + "}],\"paging\":{\"cursors\":{\"before\":\"QVFIU\",\"after\":\"QVFIU\"}}}")));
        platforms.stubFor(post(urlPathEqualTo("/graph/" + pageId + "/subscribed_apps"))
                .withHeader("Authorization", equalTo("Bearer " + pageToken))
                .willReturn(jsonBody("{\"success\":true}")));
        debugToken(
                pageToken,
                "{\"data\":{\"app_id\":\"555000111222333\",\"type\":\"PAGE\",\"application\":\"Tanggap\","
                        + "\"data_access_expires_at\":1790000000,\"expires_at\":0,\"is_valid\":true,"
                        + "\"scopes\":[\"pages_show_list\",\"pages_manage_metadata\",\"pages_read_engagement\",\"pages_manage_engagement\",\"pages_messaging\"],"
                        + "\"profile_id\":\"" + pageId + "\",\"user_id\":\"10223344556677\"}}");
    }

    void debugToken(String token, String answer) {
        platforms.stubFor(get(urlPathEqualTo("/graph/debug_token"))
                .withQueryParam("input_token", equalTo(token))
                .withQueryParam("access_token", equalTo("555000111222333|tanggap-test-app-secret"))
                .willReturn(jsonBody(answer)));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder jsonBody(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    // ---------------------------------------------------------------- Facebook and Instagram

    @Test
    void aFacebookPageIsConnectedThroughFacebookLoginForBusinessAndSubscribedToTheWebhook() throws Exception {
        String pageId = digits(15);
        OfficialAccount a = account("FACEBOOK", pageId);
        Browser pupr = new Browser("pupr");
        assertThat(pupr.get("/pejabat/" + NIP + "/akun").body()).contains("akun." + pageId, "belum terhubung");
        assertThat(directoryConnection("akun." + pageId)).isEqualTo("belum terhubung");

        var start = pupr.post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of());
        assertThat(start.statusCode()).isEqualTo(302);
        String dialog = location(start);
        assertThat(dialog).startsWith("https://www.facebook.com/v23.0/dialog/oauth?");
        Map<String, String> q = query(dialog);
        assertThat(q)
                .containsEntry("client_id", "555000111222333")
                .containsEntry("config_id", "998877665544")
                .containsEntry("response_type", "code")
                .containsEntry("redirect_uri", "https://tanggap.ntbprov.example/akun-resmi/hubungkan/meta");
        String state = q.get("state");
        assertThat(state).hasSizeGreaterThanOrEqualTo(40);

        String pageToken = "EAApage" + pageId;
        stubMetaLogin("code-" + pageId, pageId, pageToken, null);
        // the state works in this session only: another staff member's browser cannot finish it
        var elsewhere =
                new Browser("diskominfo").get("/akun-resmi/hubungkan/meta?code=code-" + pageId + "&state=" + state);
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("tidak dikenal, sudah dipakai, atau kedaluwarsa");

        var back = pupr.get("/akun-resmi/hubungkan/meta?code=code-" + pageId + "&state=" + state);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(location(back)).endsWith("/akun-resmi/" + a.getId() + "?hasil=terhubung");

        assertThat(accounts.connectionState(a.getId())).isEqualTo(ConnectionState.TERHUBUNG);
        assertThat(accounts.load(a.getId()).getAccessToken()).isEqualTo(pageToken);
        assertThat(storedToken(a.getId()))
                .as("encrypted at rest")
                .doesNotContain(pageToken)
                .startsWith("v");
        platforms.verify(postRequestedFor(urlPathEqualTo("/graph/" + pageId + "/subscribed_apps"))
                .withQueryParam("subscribed_fields", equalTo("feed,messages")));
        assertThat(renewals(a.getId()))
                .as("waiting replies are told through the outbox")
                .isEqualTo(1);

        assertThat(directoryConnection("akun." + pageId)).isEqualTo("terhubung");
        URI landing = URI.create(location(back));
        var page = pupr.get(landing.getRawPath() + "?" + landing.getRawQuery());
        assertThat(page.body())
                .contains("terhubung", "Akun berhasil dihubungkan")
                .doesNotContain(pageToken);
        // the state was used once: the same redirect again stores nothing and says so
        var again = pupr.get("/akun-resmi/hubungkan/meta?code=code-" + pageId + "&state=" + state);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(renewals(a.getId())).isEqualTo(1);
    }

    @Test
    void anInstagramAccountIsConnectedWithTheTokenOfThePageItIsLinkedTo() throws Exception {
        String pageId = digits(15);
        String igId = "1784" + digits(13);
        OfficialAccount a = account("INSTAGRAM", igId);
        Browser pupr = new Browser("pupr");
        String state = query(location(pupr.post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of())))
                .get("state");
        stubMetaLogin("code-" + igId, pageId, "EAAigpage" + pageId, igId);

        var back = pupr.get("/akun-resmi/hubungkan/meta?code=code-" + igId + "&state=" + state);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(accounts.load(a.getId()).getAccessToken()).isEqualTo("EAAigpage" + pageId);
        platforms.verify(postRequestedFor(urlPathEqualTo("/graph/" + pageId + "/subscribed_apps")));
    }

    @Test
    void aRefusalOrAPageNotGrantedStoresNoToken() throws Exception {
        String pageId = digits(15);
        OfficialAccount a = account("FACEBOOK", pageId);
        Browser pupr = new Browser("pupr");

        // the person pressed "Not now" in the dialog: Facebook returns error=access_denied
        String state = query(location(pupr.post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of())))
                .get("state");
        var refused = pupr.get("/akun-resmi/hubungkan/meta?error=access_denied&error_code=200"
                + "&error_description=Permissions+error&error_reason=user_denied&state=" + state);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Izin ditolak di Facebook", "belum terhubung");

        // the person granted a different Page than this account's
        state = query(location(pupr.post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of())))
                .get("state");
        stubMetaLogin("code-other-" + pageId, digits(15), "EAAnotthis" + pageId, null);
        var wrong = pupr.get("/akun-resmi/hubungkan/meta?code=code-other-" + pageId + "&state=" + state);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("tidak termasuk yang diizinkan");

        // the code was already used or expired: Graph answers with its OAuth error
        state = query(location(pupr.post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of())))
                .get("state");
        platforms.stubFor(get(urlPathEqualTo("/graph/oauth/access_token"))
                .withQueryParam("code", equalTo("used-" + pageId))
                .willReturn(jsonBody("{\"error\":{\"message\":\"This authorization code has been used.\","
                                + "\"type\":\"OAuthException\",\"code\":100,\"fbtrace_id\":\"A1b2C3\"}}")
                        .withStatus(400)));
        var used = pupr.get("/akun-resmi/hubungkan/meta?code=used-" + pageId + "&state=" + state);
        assertThat(used.statusCode()).isEqualTo(400);
        assertThat(used.body()).contains("Meta menolak permintaan");

        assertThat(storedToken(a.getId())).isNull();
        assertThat(accounts.connectionState(a.getId())).isEqualTo(ConnectionState.BELUM_TERHUBUNG);
        assertThat(renewals(a.getId())).isZero();
    }

    @Test
    void onlyDiskominfoAdminsAndTheAccountsOwnOpdMayConnectIt() throws Exception {
        OfficialAccount a = account("FACEBOOK", digits(15));
        assertThat(new Browser("dlhk")
                        .post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(new Browser("kadis-pupr")
                        .post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(new Browser("dlhk").get("/pejabat/" + NIP + "/akun").statusCode())
                .isEqualTo(403);
        assertThat(new Browser("diskominfo")
                        .post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of())
                        .statusCode())
                .isEqualTo(302);
        OfficialAccount wa = account("WHATSAPP", digits(15));
        var byOpd = new Browser("pupr")
                .post(
                        "/akun-resmi/" + wa.getId() + "/whatsapp",
                        Map.of("phoneNumberId", wa.getPlatformAccountId(), "accessToken", "EAAsystem-by-opd"));
        assertThat(byOpd.statusCode()).isEqualTo(403);
        assertThat(storedToken(wa.getId())).isNull();
    }

    // ---------------------------------------------------------------- X

    @Test
    void anXAccountIsConnectedWithPkceAndItsTokenIsRefreshedUntilXRefusesTheRefresh() throws Exception {
        String userId = digits(19);
        OfficialAccount a = account("X", userId);
        Browser pupr = new Browser("pupr");
        var start = pupr.post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of());
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(location(start)).startsWith("https://x.com/i/oauth2/authorize?");
        Map<String, String> q = query(location(start));
        assertThat(q)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "tanggap-test-x-client")
                .containsEntry("scope", "tweet.read tweet.write users.read dm.read dm.write offline.access")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", "https://tanggap.ntbprov.example/akun-resmi/hubungkan/x");

        String code =
                "VGNibzFWSWREZm01bjN1N3dicWlNUG1oa2xRRVNNdmVHelJGY2hPWGxNd2dxOjE2MjIxNjA4MjU4MjU6MToxOmFjOjE-" + userId;
        platforms.stubFor(post(urlPathEqualTo("/x/2/oauth2/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)))
                .willReturn(jsonBody("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"xat1-" + userId
                        + "\",\"scope\":\"tweet.read tweet.write users.read dm.read dm.write offline.access\","
                        + "\"refresh_token\":\"xrt1-" + userId + "\"}")));
        platforms.stubFor(get(urlPathEqualTo("/x/2/users/me"))
                .withHeader("Authorization", equalTo("Bearer xat1-" + userId))
                .willReturn(jsonBody("{\"data\":{\"id\":\"" + userId
                        + "\",\"name\":\"Baiq Rahmawati\",\"username\":\"baiq_bm\"}}")));

        var back = pupr.get("/akun-resmi/hubungkan/x?state=" + q.get("state") + "&code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);

        // PKCE: the verifier sent with the code is the one whose S256 hash went to the authorize page
        LoggedRequest exchange = platforms
                .findAll(postRequestedFor(urlPathEqualTo("/x/2/oauth2/token"))
                        .withRequestBody(containing("code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))))
                .get(0);
        String verifier = query("http://x/?" + exchange.getBodyAsString()).get("code_verifier");
        assertThat(AccountConnectController.challenge(verifier)).isEqualTo(q.get("code_challenge"));
        assertThat(exchange.getHeader("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString("tanggap-test-x-client:tanggap-test-x-secret"
                                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(accounts.load(a.getId()).getRefreshToken()).isEqualTo("xrt1-" + userId);
        assertThat(AccountRows.storedRefreshToken(jdbc, a.getId())).doesNotContain("xrt1-");

        // the daily check refreshes the token; X rotates the refresh token
        platforms.stubFor(post(urlPathEqualTo("/x/2/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=xrt1-" + userId))
                .willReturn(jsonBody("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"xat2-" + userId
                        + "\",\"scope\":\"tweet.read tweet.write users.read dm.read dm.write offline.access\","
                        + "\"refresh_token\":\"xrt2-" + userId + "\"}")));
        health.checkAccountTokens();
        assertThat(accounts.load(a.getId()).getAccessToken()).isEqualTo("xat2-" + userId);
        assertThat(accounts.load(a.getId()).getRefreshToken()).isEqualTo("xrt2-" + userId);

        // the owner revoked the app on X: the refresh is refused, the account needs reconnecting, told once
        platforms.stubFor(post(urlPathEqualTo("/x/2/oauth2/token"))
                .withRequestBody(containing("refresh_token=xrt2-" + userId))
                .willReturn(jsonBody(
                                "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}")
                        .withStatus(400)));
        health.checkAccountTokens();
        health.checkAccountTokens();
        assertThat(accounts.connectionState(a.getId())).isEqualTo(ConnectionState.PERLU_DIHUBUNGKAN_ULANG);
        String subject = "Akun X akun." + userId + " perlu dihubungkan ulang";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mails(ownerEmail(), subject) == 1 && mails(opdEmail("DISKOMINFOTIK"), subject) == 1);
        Thread.sleep(1500);
        assertThat(mails(ownerEmail(), subject)).as("once, not on every check").isEqualTo(1);
        assertThat(new Browser("pupr").get("/akun-resmi/" + a.getId()).body()).contains("perlu dihubungkan ulang");
    }

    @Test
    void anXGrantFromAnotherAccountIsNotStored() throws Exception {
        String userId = digits(19);
        OfficialAccount a = account("X", userId);
        Browser pupr = new Browser("pupr");
        String state = query(location(pupr.post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of())))
                .get("state");
        platforms.stubFor(post(urlPathEqualTo("/x/2/oauth2/token"))
                .withRequestBody(containing("code=other-" + userId))
                .willReturn(jsonBody("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"xatother-"
                        + userId
                        + "\",\"scope\":\"tweet.read users.read offline.access\",\"refresh_token\":\"xrtother\"}")));
        platforms.stubFor(get(urlPathEqualTo("/x/2/users/me"))
                .withHeader("Authorization", equalTo("Bearer xatother-" + userId))
                .willReturn(jsonBody("{\"data\":{\"id\":\"12345\",\"name\":\"Orang lain\",\"username\":\"lain\"}}")));
        var back = pupr.get("/akun-resmi/hubungkan/x?state=" + state + "&code=other-" + userId);
        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(back.body()).contains("akun X lain");
        // refused on X's page
        state = query(location(pupr.post("/akun-resmi/" + a.getId() + "/hubungkan", Map.of())))
                .get("state");
        assertThat(pupr.get("/akun-resmi/hubungkan/x?error=access_denied&state=" + state)
                        .body())
                .contains("Izin ditolak di X");
        assertThat(storedToken(a.getId())).isNull();
    }

    // ---------------------------------------------------------------- WhatsApp

    @Test
    void diskominfoConnectsAWhatsAppNumberWithASystemUserTokenThatGraphAccepts() throws Exception {
        String phoneId = digits(15);
        OfficialAccount a = account("WHATSAPP", phoneId);
        Browser diskominfo = new Browser("diskominfo");
        platforms.stubFor(get(urlPathEqualTo("/graph/" + phoneId))
                .withHeader("Authorization", equalTo("Bearer EAAsystem" + phoneId))
                .willReturn(jsonBody("{\"verified_name\":\"Pemprov NTB\",\"code_verification_status\":\"VERIFIED\","
                        + "\"display_phone_number\":\"+62 812-3700-0777\",\"quality_rating\":\"GREEN\",\"id\":\""
                        + phoneId + "\"}")));
        platforms.stubFor(get(urlPathEqualTo("/graph/" + phoneId))
                .withHeader("Authorization", equalTo("Bearer EAAwrong" + phoneId))
                .willReturn(
                        jsonBody("{\"error\":{\"message\":\"Invalid OAuth access token - Cannot parse access token\","
                                        + "\"type\":\"OAuthException\",\"code\":190,\"fbtrace_id\":\"Ax1\"}}")
                                .withStatus(401)));
        debugToken(
                "EAAsystem" + phoneId,
                "{\"data\":{\"app_id\":\"555000111222333\",\"type\":\"SYSTEM_USER\","
                        + "\"application\":\"Tanggap\",\"data_access_expires_at\":0,\"expires_at\":0,\"is_valid\":true,"
                        + "\"scopes\":[\"whatsapp_business_management\",\"whatsapp_business_messaging\"]}}");

        var wrongNumber = diskominfo.post(
                "/akun-resmi/" + a.getId() + "/whatsapp",
                Map.of("phoneNumberId", "1" + phoneId, "accessToken", "EAAsystem" + phoneId));
        assertThat(wrongNumber.statusCode()).isEqualTo(400);
        assertThat(wrongNumber.body()).contains("tidak sama").doesNotContain("EAAsystem");
        var refused = diskominfo.post(
                "/akun-resmi/" + a.getId() + "/whatsapp",
                Map.of("phoneNumberId", phoneId, "accessToken", "EAAwrong" + phoneId));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Meta menolak").contains(phoneId).doesNotContain("EAAwrong");
        assertThat(storedToken(a.getId())).isNull();

        var ok = diskominfo.post(
                "/akun-resmi/" + a.getId() + "/whatsapp",
                Map.of("phoneNumberId", phoneId, "accessToken", "EAAsystem" + phoneId));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(accounts.load(a.getId()).getAccessToken()).isEqualTo("EAAsystem" + phoneId);
        assertThat(accounts.connectionState(a.getId())).isEqualTo(ConnectionState.TERHUBUNG);
    }

    // ---------------------------------------------------------------- token health (Meta)

    @Test
    void metaTokensAreCheckedDailyAndTheOwnerHearsOnceBeforeExpiryAndOnceWhenRevoked() throws Exception {
        OfficialAccount expiring = account("FACEBOOK", digits(15));
        OfficialAccount revoked = account("INSTAGRAM", "1784" + digits(13));
        String soonToken = "EAAsoon" + expiring.getPlatformAccountId();
        String goneToken = "EAAgone" + revoked.getPlatformAccountId();
        tokens.connected(expiring.getId(), soonToken, null, null, "diskominfo");
        tokens.connected(revoked.getId(), goneToken, null, null, "diskominfo");
        long inThreeDays = Instant.now().plus(Duration.ofDays(3)).getEpochSecond();
        debugToken(
                soonToken,
                "{\"data\":{\"app_id\":\"555000111222333\",\"type\":\"USER\",\"application\":\"Tanggap\","
                        + "\"expires_at\":" + inThreeDays + ",\"is_valid\":true,\"scopes\":[\"pages_show_list\"]}}");
        debugToken(
                goneToken,
                "{\"data\":{\"app_id\":\"555000111222333\",\"type\":\"PAGE\",\"application\":\"Tanggap\","
                        + "\"error\":{\"code\":190,\"message\":\"Error validating access token: The user has not authorized application 555000111222333.\",\"subcode\":458},"
                        + "\"expires_at\":0,\"is_valid\":false,\"scopes\":[]}}");

        // the engine's daily timer starts the check (06.00 WITA)
        List<Long> before = ENGINE.processInstances("account-token-health");
        runtime.increaseTime(Duration.ofDays(1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ENGINE.processInstances("account-token-health").stream()
                        .filter(k -> !before.contains(k))
                        .anyMatch(ENGINE::isCompleted));
        health.checkAccountTokens(); // a second day: no second notice

        assertThat(accounts.connectionState(revoked.getId())).isEqualTo(ConnectionState.PERLU_DIHUBUNGKAN_ULANG);
        assertThat(accounts.connectionState(expiring.getId())).isEqualTo(ConnectionState.TERHUBUNG);
        String brokenSubject = "Akun INSTAGRAM " + revoked.getHandle() + " perlu dihubungkan ulang";
        String expirySubject = "Akun FACEBOOK " + expiring.getHandle() + " akan kedaluwarsa";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mails(ownerEmail(), brokenSubject) == 1
                        && mails(opdEmail("DISKOMINFOTIK"), brokenSubject) == 1
                        && mails(ownerEmail(), expirySubject) == 1);
        Thread.sleep(1500);
        assertThat(mails(ownerEmail(), brokenSubject)).isEqualTo(1);
        assertThat(mails(ownerEmail(), expirySubject)).isEqualTo(1);
        // the demo seeder's tokens are not Meta's: never sent to debug_token
        platforms.verify(
                0,
                getRequestedFor(urlPathEqualTo("/graph/debug_token"))
                        .withQueryParam("input_token", equalTo("demo-token-facebook")));

        // reconnecting clears the breakage; a new breakage is told again
        tokens.connected(revoked.getId(), goneToken + "-baru", null, null, "pupr");
        assertThat(accounts.connectionState(revoked.getId())).isEqualTo(ConnectionState.TERHUBUNG);
    }

    /**
     * A Page token near its end while the user token it came from still works: the long-lived user token is
     * exchanged again (fb_exchange_token) and the Page token derived anew from it; Meta documents that such a Page
     * token does not expire, so no warning goes out and the account's history records the renewal.
     */
    @Test
    void aMetaTokenNearItsEndIsRenewedWithTheLongLivedUserTokenAndNobodyIsWarned() throws Exception {
        String pageId = digits(15);
        OfficialAccount a = account("FACEBOOK", pageId);
        String oldPage = "EAAoldpage" + pageId;
        String user = "EAAlonguser" + pageId;
        tokens.connected(a.getId(), oldPage, user, null, "pupr");
        long inTwoDays = Instant.now().plus(Duration.ofDays(2)).getEpochSecond();
        debugToken(
                oldPage,
                "{\"data\":{\"app_id\":\"555000111222333\",\"type\":\"PAGE\",\"application\":\"Tanggap\","
                        + "\"expires_at\":" + inTwoDays + ",\"is_valid\":true,\"profile_id\":\"" + pageId + "\"}}");
        platforms.stubFor(get(urlPathEqualTo("/graph/oauth/access_token"))
                .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("client_id", equalTo("555000111222333"))
                .withQueryParam("client_secret", equalTo("tanggap-test-app-secret"))
                .withQueryParam("fb_exchange_token", equalTo(user))
                .willReturn(jsonBody("{\"access_token\":\"EAAnewuser" + pageId
                        + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
        platforms.stubFor(get(urlPathEqualTo("/graph/me/accounts"))
                .withHeader("Authorization", equalTo("Bearer EAAnewuser" + pageId))
                .willReturn(jsonBody("{\"data\":[{\"access_token\":\"EAAnewpage" + pageId
                        + "\",\"category\":\"Government official\",\"name\":\"Dinas PUPR\",\"id\":\"" + pageId
                        + "\",\"tasks\":[\"MODERATE\",\"CREATE_CONTENT\",\"MANAGE\"]}],"
                        + "\"paging\":{\"cursors\":{\"before\":\"QVFIU\",\"after\":\"QVFIU\"}}}")));
        debugToken(
                "EAAnewpage" + pageId,
                "{\"data\":{\"app_id\":\"555000111222333\",\"type\":\"PAGE\",\"application\":\"Tanggap\","
                        + "\"data_access_expires_at\":1790000000,\"expires_at\":0,\"is_valid\":true,"
                        + "\"profile_id\":\"" + pageId + "\"}}");

        health.checkAccountTokens();

        OfficialAccount renewed = accounts.load(a.getId());
        assertThat(renewed.getAccessToken()).isEqualTo("EAAnewpage" + pageId);
        assertThat(renewed.getRefreshToken()).isEqualTo("EAAnewuser" + pageId);
        assertThat(renewed.getTokenExpiresAt())
                .as("a Page token from a long-lived user token does not end")
                .isNull();
        assertThat(accounts.connectionState(a.getId())).isEqualTo(ConnectionState.TERHUBUNG);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM official_account_history WHERE account_id = ? AND note LIKE ?",
                        Integer.class,
                        a.getId(),
                        "%diperbarui otomatis%tidak kedaluwarsa%"))
                .isEqualTo(1);
        health.checkAccountTokens(); // the next day: the new token is fine, nothing is exchanged again
        platforms.verify(
                1,
                getRequestedFor(urlPathEqualTo("/graph/oauth/access_token"))
                        .withQueryParam("fb_exchange_token", equalTo(user)));
        Thread.sleep(1500);
        assertThat(mails(ownerEmail(), "Akun FACEBOOK " + a.getHandle())).isZero();
    }

    /** Meta refuses to exchange an expired user session: the token cannot be renewed, and the owner hears of it once. */
    @Test
    void aMetaTokenThatCannotBeRenewedIsToldOnce() throws Exception {
        OfficialAccount a = account("FACEBOOK", digits(15));
        String token = "EAAuser" + a.getPlatformAccountId();
        tokens.connected(a.getId(), token, null, null, "pupr");
        long inTwoDays = Instant.now().plus(Duration.ofDays(2)).getEpochSecond();
        debugToken(
                token,
                "{\"data\":{\"app_id\":\"555000111222333\",\"type\":\"USER\",\"application\":\"Tanggap\","
                        + "\"expires_at\":" + inTwoDays + ",\"is_valid\":true,\"scopes\":[\"pages_show_list\"],"
                        + "\"user_id\":\"10223344556677\"}}");
        platforms.stubFor(get(urlPathEqualTo("/graph/oauth/access_token"))
                .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", equalTo(token))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Error validating access token: Session has expired.\","
                                + "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463,"
                                + "\"fbtrace_id\":\"AbCdEfGhIjK\"}}")));

        health.checkAccountTokens();
        health.checkAccountTokens(); // the next day: tried again, refused again, not told again

        platforms.verify(
                2,
                getRequestedFor(urlPathEqualTo("/graph/oauth/access_token"))
                        .withQueryParam("fb_exchange_token", equalTo(token)));
        assertThat(accounts.load(a.getId()).getAccessToken()).isEqualTo(token);
        assertThat(accounts.connectionState(a.getId()))
                .as("still valid until its end")
                .isEqualTo(ConnectionState.TERHUBUNG);
        String subject = "Akun FACEBOOK " + a.getHandle() + " akan kedaluwarsa";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mails(ownerEmail(), subject) == 1 && mails(opdEmail("DISKOMINFOTIK"), subject) == 1);
        Thread.sleep(1500);
        assertThat(mails(ownerEmail(), subject)).isEqualTo(1);
        assertThat(mails(opdEmail("DISKOMINFOTIK"), subject)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- replies that wait

    String comment(OfficialAccount a) {
        String commentId = a.getPlatformAccountId() + "_" + digits(16);
        var taken = intake.take(List.of(new ChannelMessage(
                Channel.FACEBOOK,
                "FACEBOOK",
                a.getPlatformAccountId(),
                commentId,
                digits(16),
                "Lalu Ahmad Fauzi",
                "Assalamualaikum. Jalan di Desa Sukarara, Kec. Jonggat, Lombok Tengah rusak parah sejak musim hujan. "
                        + "Lubangnya dalam, minggu ini sudah dua pengendara motor jatuh. Mohon segera diperbaiki.",
                commentId)));
        if (!taken.tickets().isEmpty()) {
            return taken.tickets().get(0);
        }
        long interaction = taken.interactions().get(0);
        return await().atMost(Duration.ofSeconds(90))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT ticket FROM social_interaction WHERE id = ?", String.class, interaction),
                        Objects::nonNull);
    }

    boolean reached(long instance, String elementId, ProcessInstanceIntent intent) {
        return StreamSupport.stream(ENGINE.records().processInstanceRecords().spliterator(), false)
                .anyMatch(r -> r.getIntent() == intent
                        && r.getValue().getProcessInstanceKey() == instance
                        && r.getValue().getElementId().equals(elementId));
    }

    boolean incident(long instance) {
        return StreamSupport.stream(ENGINE.records().incidentRecords().spliterator(), false)
                .anyMatch(i ->
                        i.getIntent() == IncidentIntent.CREATED && i.getValue().getProcessInstanceKey() == instance);
    }

    void stubCommentsRefused(String token) {
        platforms.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/graph/[0-9_]+/comments"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(TestPlatforms.json("graph-error-expired-token.json").withStatus(400)));
    }

    @Test
    void aReplyWhoseTokenWasRevokedWaitsAndGoesOutOnceTheAccountIsConnectedAgain() throws Exception {
        OfficialAccount a = account("FACEBOOK", digits(15));
        String revokedToken = "EAArevoked" + a.getPlatformAccountId();
        tokens.connected(a.getId(), revokedToken, null, null, "pupr");
        stubCommentsRefused(revokedToken);
        String ticket = comment(a);
        var c = new Cases.Case(ticket, cases.instanceOf(ticket));
        long instance = c.instance();
        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Tim Bina Marga menambal jalan Sukarara pekan ini.");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> reached(instance, "Gateway_AwaitReplyToken", ProcessInstanceIntent.ELEMENT_ACTIVATED));
        assertThat(incident(instance)).as("no incident: the reply waits").isFalse();
        assertThat(accounts.connectionState(a.getId())).isEqualTo(ConnectionState.PERLU_DIHUBUNGKAN_ULANG);
        assertThat(cases.row(c).get("reply_platform_id")).isNull();
        String subject = "Akun FACEBOOK " + a.getHandle() + " perlu dihubungkan ulang";
        await().atMost(Duration.ofSeconds(20)).until(() -> mails(ownerEmail(), subject) == 1);

        // the owner connects the Page again: the waiting reply goes out with the new token
        tokens.connected(a.getId(), "EAAfresh" + a.getPlatformAccountId(), null, null, "pupr");
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.row(c).get("reply_platform_id") != null);
        platforms.verify(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                        "/graph/" + cases.row(c).get("external_id") + "/comments"))
                .withHeader("Authorization", equalTo("Bearer EAAfresh" + a.getPlatformAccountId())));
        assertThat(reached(instance, "Event_ReplyTokenRenewed", ProcessInstanceIntent.ELEMENT_COMPLETED))
                .isTrue();

        // the resolution notice finds the token revoked again and, the account staying disconnected past
        // the wait limit, is handed to the OPD by e-mail; the case goes on to the complainant's confirmation
        stubCommentsRefused("EAAfresh" + a.getPlatformAccountId());
        cases.resolve(c, "Jalan Sukarara sudah ditambal.");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> reached(instance, "Gateway_AwaitNoticeToken", ProcessInstanceIntent.ELEMENT_ACTIVATED));
        runtime.increaseTime(Duration.ofHours(25));
        String opdMail = opdEmail((String) cases.row(c).get("opd_code"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mails(opdMail, c.ticket() + " perlu dikirim manual") == 1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> reached(instance, "Gateway_AwaitConfirmation", ProcessInstanceIntent.ELEMENT_ACTIVATED));
        assertThat(incident(instance)).isFalse();
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.contains("balasan diserahkan ke OPD"));
    }

    @Test
    void aReplyThroughAnAccountNeverConnectedIsHandedToTheOpdAfterTheLimitAndTheNoticeWaitsForTheConnection()
            throws Exception {
        OfficialAccount a = account("FACEBOOK", digits(15));
        var c0 = comment(a);
        var c = new Cases.Case(c0, cases.instanceOf(c0));
        long instance = c.instance();
        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Jalan Sukarara masuk jadwal pemeliharaan bulan ini.");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> reached(instance, "Gateway_AwaitReplyToken", ProcessInstanceIntent.ELEMENT_ACTIVATED));
        assertThat(runtime.variables(instance)).containsEntry("replyTokenWaitLimit", "PT24H");

        runtime.increaseTime(Duration.ofHours(25));
        String opdMail = opdEmail((String) cases.row(c).get("opd_code"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mails(opdMail, c.ticket() + " perlu dikirim manual") == 1);
        assertThat(incident(instance)).isFalse();
        assertThat(cases.row(c).get("reply_platform_id")).isNull();

        // the resolution notice waits too, and goes out once the account is connected
        cases.resolve(c, "Jalan Sukarara sudah diaspal ulang.");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> reached(instance, "Gateway_AwaitNoticeToken", ProcessInstanceIntent.ELEMENT_ACTIVATED));
        tokens.connected(a.getId(), "EAAfirst" + a.getPlatformAccountId(), null, null, "diskominfo");
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.row(c).get("reply_platform_id") != null);
        assertThat(reached(instance, "Event_NoticeTokenRenewed", ProcessInstanceIntent.ELEMENT_COMPLETED))
                .isTrue();
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.equals("Penyelesaian diberitahukan di Facebook"));
    }
}
