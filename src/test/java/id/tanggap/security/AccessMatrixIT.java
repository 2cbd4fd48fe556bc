package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff endpoint of the application against every kind of caller: anonymous callers are sent to
 * log in (401 on the API, a redirect to the login page for pages), a caller of the wrong role or OPD
 * gets 403, and the callers allowed get neither (nor a server error: the requests carry harmless,
 * mostly invalid bodies, so nothing is changed). The OPD-bound rows use one case of Dinas PUPR and
 * PUPR's officials and staff; "own" is PUPR, "other" is LHK. A last test fails when an endpoint is
 * added without a row here.
 */
class AccessMatrixIT extends IntegrationTest {

    /** The callers; ADMIN is an account with the ADMIN role only (the demo admin also holds the others). */
    enum Who {
        ANONYMOUS(null),
        DISKOMINFO("diskominfo"),
        OPD_OWN("pupr"),
        OPD_OTHER("dlhk"),
        HEAD_OWN("kadis-pupr"),
        HEAD_OTHER("kadis-dlhk"),
        SUPERVISOR("sekda"),
        ADMIN("uji-admin");

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    /** One endpoint: how it is called and who may. {@code unchecked}: callers whose answer another change decides (see the row). */
    record Endpoint(
            String method,
            String path,
            boolean page,
            String contentType,
            String body,
            Set<Who> allowed,
            Set<Who> unchecked) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        String pattern() {
            return method + " "
                    + path.replaceFirst("\\?.*", "")
                            .replace(TICKET, "{ticket}")
                            .replace("/grafik/tepat-waktu.png", "/grafik/{name}.png")
                            .replace(NO_ID, "{id}")
                            .replace(DPUPR_STAFF, "{staffId}")
                            .replace(DPUPR_NIP, "{nip}")
                            .replace(FAR_DAY, "{date}");
        }
    }

    static final String TICKET = "{case}";
    static final String NO_ID = "987654321";
    static final String DPUPR_STAFF = "199203152019031007";
    static final String DPUPR_NIP = "197203151998031004";
    static final String FAR_DAY = "1999-01-01";

    static final Set<Who> ALL = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    static final Set<Who> OVERSIGHT = EnumSet.of(Who.DISKOMINFO, Who.SUPERVISOR, Who.ADMIN);
    static final Set<Who> DISKOMINFO_ADMIN = EnumSet.of(Who.DISKOMINFO, Who.ADMIN);
    static final Set<Who> OWN_OPD_STAFF = EnumSet.of(Who.DISKOMINFO, Who.ADMIN, Who.OPD_OWN);
    static final Set<Who> ANY_OPD_STAFF = EnumSet.of(Who.DISKOMINFO, Who.ADMIN, Who.OPD_OWN, Who.OPD_OTHER);
    static final Set<Who> NONE = EnumSet.noneOf(Who.class);

    static Endpoint api(String method, String path, String body, Set<Who> allowed) {
        return new Endpoint(method, path, false, "application/json", body, allowed, NONE);
    }

    static Endpoint page(String method, String path, String form, Set<Who> allowed) {
        return new Endpoint(method, path, true, "application/x-www-form-urlencoded", form, allowed, NONE);
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                api(
                        "GET",
                        "/api/cases/" + TICKET,
                        null,
                        EnumSet.of(Who.DISKOMINFO, Who.SUPERVISOR, Who.ADMIN, Who.OPD_OWN, Who.HEAD_OWN)),
                // the small map of the case's place at the head of its task forms: the same reach as the case
                api(
                        "GET",
                        "/api/cases/" + TICKET + "/peta.png",
                        null,
                        EnumSet.of(Who.DISKOMINFO, Who.SUPERVISOR, Who.ADMIN, Who.OPD_OWN, Who.HEAD_OWN)),
                page(
                        "GET",
                        "/dashboard?opd=DPUPR",
                        null,
                        EnumSet.of(Who.DISKOMINFO, Who.SUPERVISOR, Who.ADMIN, Who.HEAD_OWN)),
                page(
                        "GET",
                        "/dashboard/grafik/tepat-waktu.png?opd=DPUPR",
                        null,
                        EnumSet.of(Who.DISKOMINFO, Who.SUPERVISOR, Who.ADMIN, Who.HEAD_OWN)),
                api("GET", "/api/reports", null, OVERSIGHT),
                api("GET", "/api/reports/" + NO_ID + ".pdf", null, OVERSIGHT),
                api("GET", "/api/reports/" + NO_ID + ".xlsx", null, OVERSIGHT),
                // a report for a period: Diskominfo asks (an empty period is refused with 400 to those allowed)
                api("POST", "/api/reports", "{}", DISKOMINFO_ADMIN),
                page("GET", "/laporan/minta", null, DISKOMINFO_ADMIN),
                page("POST", "/laporan/minta", "dari=", DISKOMINFO_ADMIN),
                api("POST", "/api/campaigns", "{}", DISKOMINFO_ADMIN),
                api("GET", "/api/campaigns", null, ALL),
                api("GET", "/api/campaigns/" + NO_ID, null, ALL),
                // shares by a logged-in user: Diskominfo, admins and OPD staff (for their own OPD's participants,
                // checked in InformationCampaignIT); without a login only with the personal link's token: 403
                new Endpoint(
                        "POST",
                        "/api/campaigns/" + NO_ID + "/shares",
                        false,
                        "application/json",
                        "{\"staffId\":\"" + DPUPR_STAFF + "\",\"url\":\"https://x.com/a/status/1\"}",
                        ANY_OPD_STAFF,
                        NONE),
                page("GET", "/kampanye", null, ALL),
                page("POST", "/kampanye", "programme=&contentUrl=", DISKOMINFO_ADMIN),
                page("GET", "/kampanye/" + NO_ID, null, ALL),
                // the results of the account checks: heads of OPD their own OPD only (MonitoringTruthIT)
                page(
                        "GET",
                        "/pemantauan?opd=DPUPR",
                        null,
                        EnumSet.of(Who.DISKOMINFO, Who.SUPERVISOR, Who.ADMIN, Who.HEAD_OWN)),
                page("GET", "/hoaks", null, DISKOMINFO_ADMIN),
                page("POST", "/hoaks", "alamat=", DISKOMINFO_ADMIN),
                // master data screens (issue 17): Diskominfo and administrators only; the invalid bodies change nothing
                page("GET", "/data-induk", null, DISKOMINFO_ADMIN),
                page("GET", "/data-induk/riwayat?jenis=OPD&kunci=DPUPR", null, DISKOMINFO_ADMIN),
                page("GET", "/data-induk/opd", null, DISKOMINFO_ADMIN),
                page("POST", "/data-induk/opd", "kode=", DISKOMINFO_ADMIN),
                page("POST", "/data-induk/opd/status", "kode=", DISKOMINFO_ADMIN),
                page("GET", "/data-induk/jabatan", null, DISKOMINFO_ADMIN),
                page("POST", "/data-induk/jabatan", "kode=", DISKOMINFO_ADMIN),
                page("POST", "/data-induk/jabatan/status", "kode=", DISKOMINFO_ADMIN),
                page("POST", "/data-induk/jabatan/pemegang", "kode=", DISKOMINFO_ADMIN),
                page("GET", "/data-induk/kategori", null, DISKOMINFO_ADMIN),
                page("POST", "/data-induk/kategori", "kode=", DISKOMINFO_ADMIN),
                page("POST", "/data-induk/kategori/status", "kode=", DISKOMINFO_ADMIN),
                page("GET", "/data-induk/kontak-eskalasi", null, DISKOMINFO_ADMIN),
                page("POST", "/data-induk/kontak-eskalasi", "peran=", DISKOMINFO_ADMIN),
                page("GET", "/data-induk/tujuan-penerusan", null, DISKOMINFO_ADMIN),
                page("POST", "/data-induk/tujuan-penerusan", "kode=", DISKOMINFO_ADMIN),
                page("POST", "/data-induk/tujuan-penerusan/status", "kode=", DISKOMINFO_ADMIN),
                page("GET", "/data-induk/hari-libur", null, DISKOMINFO_ADMIN),
                page("POST", "/data-induk/hari-libur", "tanggal=", DISKOMINFO_ADMIN),
                page("POST", "/data-induk/hari-libur/hapus", "tanggal=", DISKOMINFO_ADMIN),
                // the OPD's photo evidence: staff of the case's OPD only (refusals and uploads in EvidenceUploadIT)
                page("GET", "/bukti/" + TICKET, null, EnumSet.of(Who.OPD_OWN)),
                page("POST", "/bukti/" + TICKET, "keterangan=", EnumSet.of(Who.OPD_OWN)),
                page("GET", "/kotak-masuk", null, DISKOMINFO_ADMIN),
                page("POST", "/kotak-masuk", "aksi=", DISKOMINFO_ADMIN),
                api("POST", "/api/call-center/calls", "{}", ANY_OPD_STAFF),
                // another OPD's case cannot be transferred (CallCenterIT: no e-mail, no timeline entry either)
                api("POST", "/api/call-center/calls/" + TICKET + "/transfer", "{}", OWN_OPD_STAFF),
                page("GET", "/call-center", null, ANY_OPD_STAFF),
                page("POST", "/call-center", "text=", ANY_OPD_STAFF),
                new Endpoint("POST", "/api/inventory/import", false, "text/csv", "bukan,csv", DISKOMINFO_ADMIN, NONE),
                api(
                        "POST",
                        "/api/inventory/" + DPUPR_STAFF + "/accounts",
                        "{\"platform\":\"BUKAN\",\"handle\":\"x\"}",
                        OWN_OPD_STAFF),
                page(
                        "GET",
                        "/inventaris/akun",
                        null,
                        EnumSet.of(Who.DISKOMINFO, Who.ADMIN, Who.SUPERVISOR, Who.OPD_OWN, Who.OPD_OTHER)),
                page("POST", "/inventaris/akun", "staffId=" + DPUPR_STAFF + "&platform=BUKAN&handle=x", OWN_OPD_STAFF),
                api("POST", "/api/officials/" + DPUPR_NIP + "/accounts", "{}", OWN_OPD_STAFF),
                api("GET", "/api/official-accounts/" + NO_ID + "/history", null, ALL),
                api("GET", "/api/officials/point-1-gaps", null, ALL),
                api("GET", "/api/officials", null, ALL),
                api("PUT", "/api/officials/" + DPUPR_NIP, "{}", DISKOMINFO_ADMIN),
                api("GET", "/api/officials/" + DPUPR_NIP + "/history", null, ALL),
                // issue 12: connecting official accounts. An unknown account is a 404 before its OPD is
                // looked at, so callers of other OPDs are checked with a real account in AccountConnectionIT.
                page(
                        "GET",
                        "/pejabat/" + DPUPR_NIP + "/akun",
                        null,
                        EnumSet.of(Who.DISKOMINFO, Who.SUPERVISOR, Who.ADMIN, Who.OPD_OWN, Who.HEAD_OWN)),
                new Endpoint(
                        "GET",
                        "/akun-resmi/" + NO_ID,
                        true,
                        "application/x-www-form-urlencoded",
                        null,
                        EnumSet.of(Who.DISKOMINFO, Who.SUPERVISOR, Who.ADMIN, Who.OPD_OWN, Who.HEAD_OWN),
                        EnumSet.of(Who.OPD_OTHER, Who.HEAD_OTHER)),
                new Endpoint(
                        "POST",
                        "/akun-resmi/" + NO_ID + "/hubungkan",
                        true,
                        "application/x-www-form-urlencoded",
                        "",
                        EnumSet.of(Who.DISKOMINFO, Who.ADMIN, Who.OPD_OWN),
                        EnumSet.of(Who.OPD_OTHER)),
                page("POST", "/akun-resmi/" + NO_ID + "/whatsapp", "phoneNumberId=&accessToken=", DISKOMINFO_ADMIN),
                // the platforms' redirects back: without a state this session started, a 400 to those who may connect
                page("GET", "/akun-resmi/hubungkan/meta?state=bukan", null, ANY_OPD_STAFF),
                page("GET", "/akun-resmi/hubungkan/x?state=bukan", null, ANY_OPD_STAFF),
                api("GET", "/api/holidays", null, ALL),
                api("PUT", "/api/holidays/" + FAR_DAY, "{}", DISKOMINFO_ADMIN),
                api("DELETE", "/api/holidays/" + FAR_DAY, null, DISKOMINFO_ADMIN),
                page("GET", "/audit", null, DISKOMINFO_ADMIN),
                api("GET", "/api/audit", null, DISKOMINFO_ADMIN),
                api("GET", "/api/audit.csv", null, DISKOMINFO_ADMIN),
                api("GET", "/api/privacy-requests/" + NO_ID, null, DISKOMINFO_ADMIN));
    }

    /** Open to everyone, or guarded by a signature or token instead of a login. */
    static final Set<String> PUBLIC = Set.of(
            "GET /",
            "GET /aduan",
            "GET /privasi",
            "GET /privasi/permintaan",
            "POST /privasi/permintaan",
            "GET /privasi/permintaan/kode",
            "POST /privasi/permintaan/kode",
            "GET /privasi/data-saya",
            "POST /privasi/data-saya",
            "POST /aduan",
            "GET /lampiran/{name}",
            "POST /api/complaints",
            "GET /api/complaints/{ticket}",
            "POST /api/complaints/{ticket}/rating",
            "GET /lacak/{ticket}",
            "POST /lacak/{ticket}/nilai",
            // the proof of a publicly reached complainant's account for rating (complainantnotice.RatingProofs)
            "GET /lacak/{ticket}/bukti-penilaian",
            "POST /lacak/{ticket}/bukti-penilaian",
            // the complainant's answer to triage's question, with the code sent with it
            "POST /api/complaints/{ticket}/info",
            "POST /lacak/{ticket}/info",
            "GET /kampanye/{id}/bagikan",
            "POST /kampanye/{id}/bagikan",
            "GET /direktori",
            "GET /direktori/{code}",
            "GET /direktori/{code}/embed.js",
            "GET /api/directory",
            "GET /api/directory/{code}",
            "GET /webhooks/meta",
            "POST /webhooks/meta",
            "GET /webhooks/x",
            "POST /webhooks/x",
            "POST /api/lapor/disposisi",
            // a login page of our own (Spring Security's generated one is no handler method)
            "GET /login",
            "POST /login");

    private static String ticket;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void oneCaseOfDinasPupr() {
        if (!users.existsById(Who.ADMIN.user)) {
            users.save(new AppUser(Who.ADMIN.user, passwords.encode("tanggap"), "Admin uji", "ADMIN", null));
        }
        if (ticket == null) {
            Cases cases = new Cases(new Api(port), runtime, jdbc);
            var c = cases.submitJson(
                    Api.complaint("WEB", "matrix-" + UUID.randomUUID(), "JALAN_RUSAK", "Siti Rohmah", false));
            cases.triageValid(c, "JALAN_RUSAK");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> "DPUPR".equals(ComplaintRows.value(jdbc, c.ticket(), "opd_code", String.class)));
            ticket = c.ticket();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachCallerGetsWhatTheirRoleAndOpdAllow(Endpoint e) {
        SoftAssertions softly = new SoftAssertions();
        for (Who who : Who.values()) {
            if (e.unchecked().contains(who)) {
                continue;
            }
            HttpResponse<String> r = call(e, who);
            String as = who + " " + e + " -> " + r.statusCode() + " " + abbreviated(r.body());
            if (who == Who.ANONYMOUS && e.path().endsWith("/shares")) {
                softly.assertThat(r.statusCode()).as(as).isEqualTo(403);
            } else if (who == Who.ANONYMOUS && e.page()) {
                softly.assertThat(r.statusCode()).as(as).isEqualTo(302);
                softly.assertThat(r.headers().firstValue("Location").orElse(""))
                        .as(as)
                        .endsWith("/login");
            } else if (who == Who.ANONYMOUS) {
                softly.assertThat(r.statusCode()).as(as).isEqualTo(401);
            } else if (e.allowed().contains(who)) {
                softly.assertThat(r.statusCode()).as(as).isNotIn(401, 403).isLessThan(500);
            } else {
                softly.assertThat(r.statusCode()).as(as).isEqualTo(403);
            }
        }
        softly.assertAll();
    }

    @Test
    void everyEndpointOfTheApplicationIsPublicOrInTheMatrix() {
        Set<String> declared = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("id.tanggap")
                    || method.getBeanType().getPackageName().startsWith("id.tanggap.devrun")) {
                return;
            }
            for (String path : info.getPatternValues()) {
                var methods = info.getMethodsCondition().getMethods();
                for (var m : methods.isEmpty()
                        ? List.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : methods) {
                    declared.add(m.name() + " " + path);
                }
            }
        });
        declared.removeIf(d -> d.contains("/open311/"));
        declared.removeAll(PUBLIC);
        assertThat(declared)
                .containsExactlyInAnyOrderElementsOf(
                        endpoints().map(Endpoint::pattern).collect(java.util.stream.Collectors.toSet()));
    }

    private HttpResponse<String> call(Endpoint e, Who who) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String path = e.path().replace(TICKET, ticket);
        String body = e.body();
        if (e.page() && !e.method().equals("GET")) {
            // a browser form carries the CSRF token of its session; without it every caller would get 403
            body = (body == null || body.isEmpty() ? "" : body + "&") + "_csrf="
                    + URLEncoder.encode(csrfToken(http), StandardCharsets.UTF_8);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", e.page() ? "text/html" : "application/json")
                .method(
                        e.method(),
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", e.contentType());
        }
        if (who.user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((who.user + ":tanggap").getBytes(StandardCharsets.UTF_8)));
        }
        return send(http, b.build());
    }

    private String csrfToken(HttpClient http) {
        String page = send(
                        http,
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Accept", "text/html")
                                .build())
                .body();
        Matcher m = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(page);
        assertThat(m.find()).as("the login page carries a CSRF token").isTrue();
        Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(m.group());
        assertThat(value.find()).isTrue();
        return value.group(1);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String abbreviated(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ");
        return b.length() > 200 ? b.substring(0, 200) + "..." : b;
    }
}
