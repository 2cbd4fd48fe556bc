package id.tanggap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail an inspector is shown: each audited action (login, failed login, a confidential
 * identity read, a report download, an inventory import, a change of an official, an account or a
 * holiday) leaves exactly one row naming who, what and from where; nobody can change or remove a row,
 * not even with the application's own database account; only Diskominfo and administrators may read or
 * export the trail, and the export is itself audited and safe to open in a spreadsheet.
 */
class AuditTrailIT extends IntegrationTest {

    private static final String ID_MONTH =
            "(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)";
    /** Month names (and short names) only English has: what a page following the browser's language would show. */
    private static final String EN_MONTH =
            "\\b(January|February|March|May|June|July|August|October|December|Aug|Oct|Dec)";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail trail;

    private List<Map<String, Object>> rows(String action, String subject) {
        return jdbc.queryForList(
                "SELECT * FROM audit_log WHERE action = ? AND subject = ? ORDER BY id", action, subject);
    }

    private int count(String action, String actor) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = ?", Integer.class, action, actor);
    }

    private void assertFromHere(Map<String, Object> row) {
        assertThat((String) row.get("client_ip")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE id = ? AND at > ?",
                        Integer.class,
                        row.get("id"),
                        Timestamp.from(Instant.now().minusSeconds(120))))
                .as("written just now")
                .isEqualTo(1);
    }

    /** A report through the public door; the tests here need its ticket, not its process. */
    private String submitted(String json) {
        var r = new Api(port).post("/api/complaints", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("ticket").asText();
    }

    // --- logins -------------------------------------------------------------------------------------

    @Test
    void aLoginAndAFailedLoginLeaveOneRowEachAndApiCallsWithBasicAreNoLogins() {
        int logins = count("LOGIN", "diskominfo");
        HttpClient browser = browser();
        HttpResponse<String> ok = formLogin(browser, "diskominfo", "tanggap");
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(count("LOGIN", "diskominfo")).as("one row for the login").isEqualTo(logins + 1);
        Map<String, Object> login = jdbc.queryForList(
                        "SELECT * FROM audit_log WHERE action = 'LOGIN' AND actor = 'diskominfo' ORDER BY id DESC")
                .get(0);
        assertThat((String) login.get("actor_roles")).contains("DISKOMINFO");
        assertFromHere(login);

        String stranger = "tamu-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> wrong = formLogin(browser(), stranger, "salah-sandi");
        assertThat(wrong.headers().firstValue("Location").orElse("")).contains("error");
        List<Map<String, Object>> failed =
                jdbc.queryForList("SELECT * FROM audit_log WHERE action = 'LOGIN_FAILED' AND actor = ?", stranger);
        assertThat(failed).hasSize(1);
        assertThat((String) failed.get(0).get("detail")).doesNotContain("salah-sandi");
        assertFromHere(failed.get(0));

        // a wrong password over HTTP Basic is a failed login too; correct Basic calls are audited by what they do, not
        // as logins
        String guesser = "tebak-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new Api(port).get("/api/holidays", guesser, "salah").status())
                .isEqualTo(401);
        assertThat(count("LOGIN_FAILED", guesser)).isEqualTo(1);
        int supervisorLogins = count("LOGIN", "sekda");
        assertThat(new Api(port).get("/api/holidays", "sekda", "tanggap").status())
                .isEqualTo(200);
        assertThat(count("LOGIN", "sekda")).isEqualTo(supervisorLogins);
    }

    // --- reads of personal data and exports -----------------------------------------------------------

    @Test
    void aConfidentialIdentityReadByDiskominfoLeavesOneRowWithoutTheIdentity() {
        Api api = new Api(port);
        String ticket = submitted(Api.complaint("WEB", null, "JALAN_RUSAK", "Baiq Audit Rahasia", false)
                .replace("\"anonymous\":false", "\"anonymous\":false,\"confidential\":true"));
        assertThat(api.get("/api/cases/" + ticket, "sekda", "tanggap")
                        .json()
                        .at("/reporter/name")
                        .asText())
                .isEqualTo("RAHASIA");
        assertThat(rows("IDENTITY_READ", ticket))
                .as("no identity shown, nothing to audit")
                .isEmpty();

        var read = api.get("/api/cases/" + ticket, "diskominfo", "tanggap");
        assertThat(read.json().at("/reporter/name").asText()).isEqualTo("Baiq Audit Rahasia");
        List<Map<String, Object>> rows = rows("IDENTITY_READ", ticket);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("actor")).isEqualTo("diskominfo");
        assertThat((String) rows.get(0).get("actor_roles")).contains("DISKOMINFO");
        assertThat(rows.get(0).toString()).doesNotContain("Baiq", "3456");
        assertFromHere(rows.get(0));
    }

    @Test
    void aReportDownloadLeavesOneExportRow() {
        jdbc.update(
                "INSERT INTO governor_report (report_key, period_kind, period_from, period_to, status, summary, pdf, xlsx, compiled_at, approved_at)"
                        + " VALUES (?, 'MONTH', '2035-01-01', '2035-02-01', 'APPROVED', 'uji audit', ?, ?, NOW(6), NOW(6))",
                "audit-" + UUID.randomUUID(),
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                new byte[] {80, 75, 3, 4});
        long id = jdbc.queryForObject("SELECT MAX(id) FROM governor_report", Long.class);
        var download = new Api(port).get("/api/reports/" + id + ".xlsx", "sekda", "tanggap");
        assertThat(download.status()).isEqualTo(200);
        List<Map<String, Object>> rows = rows("EXPORT", "laporan " + id);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("actor")).isEqualTo("sekda");
        assertThat((String) rows.get(0).get("detail")).contains("XLSX");
        assertThat(new Api(port)
                        .get("/api/reports/" + id + ".pdf", "pupr", "tanggap")
                        .status())
                .isEqualTo(403);
        assertThat(rows("EXPORT", "laporan " + id))
                .as("a refused download is no export")
                .hasSize(1);
    }

    // --- changes ---------------------------------------------------------------------------------------

    @Test
    void anInventoryImportLeavesOneRowWithTheRowCountAndARefusedFileNone() {
        String a = "THL-2099-" + ThreadLocalRandom.current().nextInt(10000, 99999);
        String b = "THL-2099-" + ThreadLocalRandom.current().nextInt(10000, 99999);
        int before = count("INVENTORY_IMPORTED", "diskominfo");
        var bad = new Api(port)
                .postAs(
                        "diskominfo",
                        "/api/inventory/import",
                        "text/csv",
                        "nip,nama,opd,jenis,facebook,instagram,x\n12345,X,TIDAK_ADA,ASN,,,\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(count("INVENTORY_IMPORTED", "diskominfo")).isEqualTo(before);

        var ok = new Api(port)
                .postAs(
                        "diskominfo",
                        "/api/inventory/import",
                        "text/csv",
                        "nip,nama,opd,jenis,facebook,instagram,x\n" + a + ",Lalu Audit,DLHK,THL,,,\n" + b
                                + ",Baiq Audit,DINSOS,THL,,,\n");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(count("INVENTORY_IMPORTED", "diskominfo")).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.queryForList(
                        "SELECT * FROM audit_log WHERE action = 'INVENTORY_IMPORTED' ORDER BY id DESC")
                .get(0);
        assertThat((String) row.get("detail")).isEqualTo("2 baris diimpor");
        assertThat(row.toString()).doesNotContain("Lalu Audit", "Baiq Audit");
    }

    @Test
    void eachChangeOfAnOfficialLeavesOneRowAndAPutWithoutChangeNone() {
        String nip = "1990" + ThreadLocalRandom.current().nextLong(10_000_000_000_000L, 99_999_999_999_999L);
        String body = """
                {"nip":"%s","name":"Drs. Audit Pejabat","positionTitle":"Kepala Bidang Uji","echelon":"III","opdCode":"DPUPR","email":"audit@ntbprov.example"}
                """.formatted(nip);
        Api api = new Api(port);
        assertThat(api.putAs("diskominfo", "/api/officials/" + nip, "application/json", body)
                        .status())
                .isEqualTo(201);
        assertThat(api.putAs("diskominfo", "/api/officials/" + nip, "application/json", body)
                        .status())
                .isEqualTo(200);
        assertThat(api.putAs(
                                "admin",
                                "/api/officials/" + nip,
                                "application/json",
                                body.replace("Kepala Bidang Uji", "Sekretaris"))
                        .status())
                .isEqualTo(200);
        List<Map<String, Object>> rows = rows("OFFICIAL_CHANGED", nip);
        assertThat(rows)
                .extracting(r -> r.get("actor") + ":" + r.get("detail"))
                .containsExactly("diskominfo:didaftarkan", "admin:diubah");
        assertThat(rows.toString()).doesNotContain("audit@ntbprov.example", "Drs. Audit Pejabat");
        assertThat(api.putAs("pupr", "/api/officials/" + nip, "application/json", body)
                        .status())
                .isEqualTo(403);
        assertThat(rows("OFFICIAL_CHANGED", nip)).hasSize(2);
    }

    @Test
    void settingAndRemovingAHolidayLeaveOneRowEach() {
        String day = LocalDate.of(2098, 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(360))
                .toString();
        Api api = new Api(port);
        assertThat(api.putAs("admin", "/api/holidays/" + day, "application/json", "{\"name\":\"Libur uji audit\"}")
                        .status())
                .isEqualTo(200);
        assertThat(rows("HOLIDAY_CHANGED", day))
                .extracting(r -> r.get("actor") + ":" + r.get("detail"))
                .containsExactly("admin:ditetapkan: Libur uji audit");
        assertThat(api.putAs("admin", "/api/holidays/" + day, "application/json", "{\"name\":\"\"}")
                        .status())
                .isEqualTo(400);
        assertThat(rows("HOLIDAY_CHANGED", day))
                .as("a refused change is no change")
                .hasSize(1);
        HttpResponse<String> delete = send(
                browser(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/holidays/" + day))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("diskominfo:tanggap".getBytes(StandardCharsets.UTF_8)))
                        .DELETE()
                        .build());
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(rows("HOLIDAY_CHANGED", day))
                .extracting(r -> r.get("actor") + ":" + r.get("detail"))
                .containsExactly("admin:ditetapkan: Libur uji audit", "diskominfo:dihapus");
    }

    // --- append-only -----------------------------------------------------------------------------------

    @Test
    void noRowCanBeChangedOrRemovedEvenWithTheApplicationsOwnDatabaseAccount() {
        String subject = "tamper-" + UUID.randomUUID();
        trail.record("diskominfo", "DISKOMINFO", AuditAction.EXPORT, subject, "asli", "10.0.0.1");
        long id = jdbc.queryForObject("SELECT id FROM audit_log WHERE subject = ?", Long.class, subject);

        assertThatThrownBy(() ->
                        jdbc.update("UPDATE audit_log SET actor = 'orang-lain', detail = 'diubah' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE subject = ?", subject))
                .isInstanceOf(DataAccessException.class);
        assertThat(rows("EXPORT", subject))
                .extracting(r -> r.get("actor") + ":" + r.get("detail"))
                .containsExactly("diskominfo:asli");
    }

    // --- reading and exporting the trail ---------------------------------------------------------------

    @Test
    void onlyDiskominfoAndAdminsReadTheTrailNewestFirstAndFiltered() {
        Api api = new Api(port);
        String subject = "urut-" + UUID.randomUUID();
        trail.record("uji-a", "OPD", AuditAction.MASTER_DATA_CHANGED, subject, "pertama", "10.0.0.2");
        trail.record("uji-a", "OPD", AuditAction.MASTER_DATA_CHANGED, subject, "kedua", "10.0.0.2");

        for (String user : List.of("sekda", "pupr", "kadis-pupr")) {
            assertThat(api.get("/api/audit", user, "tanggap").status()).as(user).isEqualTo(403);
            assertThat(api.get("/api/audit.csv", user, "tanggap").status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(api.get("/api/audit").status()).isEqualTo(401);

        var page = api.get(
                "/api/audit?actor=uji-a&action=MASTER_DATA_CHANGED&from="
                        + LocalDate.now().minusDays(1) + "&size=1",
                "diskominfo",
                "tanggap");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.json().at("/items/0/detail").asText())
                .as("newest first")
                .isEqualTo("kedua");
        assertThat(page.json().at("/items/0/actor").asText()).isEqualTo("uji-a");
        assertThat(page.json().get("items")).hasSize(1);

        var none = api.get("/api/audit?actor=uji-a&to=2000-01-01", "admin", "tanggap");
        assertThat(none.json().get("total").asLong()).isZero();
        var bad = api.get("/api/audit?action=HAPUS_SEMUA", "diskominfo", "tanggap");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("action");

        HttpResponse<String> html = get("/audit?actor=uji-a", "diskominfo");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Jejak audit", "kedua", "pertama", "keep-since");
        assertThat(get("/audit", "sekda").statusCode()).isEqualTo(403);
    }

    @Test
    void theAuditPageShowsDatesInIndonesianAndWitaToABrowserSetToEnglish() {
        String subject = "tanggal-" + UUID.randomUUID();
        trail.record("uji-tanggal", "OPD", AuditAction.MASTER_DATA_CHANGED, subject, "tanggal", "10.0.0.3");

        HttpResponse<String> html = get("/audit?actor=uji-tanggal", "diskominfo", "en-US,en;q=0.9");
        assertThat(html.statusCode()).isEqualTo(200);
        String page = html.body();
        assertThat(page)
                .containsPattern("id=\"keep-since\">\\d{1,2} " + ID_MONTH + " \\d{4}<")
                .containsPattern("<td>\\d{1,2} " + ID_MONTH + " \\d{4} pukul \\d{2}\\.\\d{2}\\.\\d{2} WITA</td>")
                .contains("waktu dalam <span id=\"zone\">WITA</span>")
                .doesNotContain("Asia/Makassar")
                .doesNotContainPattern(EN_MONTH + " \\d{4}");
    }

    @Test
    void theAuditPageNamesActionsInIndonesianAndKeepsTheCodeAsATooltip() {
        String actor = "uji-aksi-" + UUID.randomUUID().toString().substring(0, 8);
        trail.record(actor, "", AuditAction.LOGIN_FAILED, "login", "sandi salah", "10.0.0.4");

        String page = get("/audit?actor=" + actor, "diskominfo").body();
        assertThat(page)
                .contains("<td class=\"action\" title=\"LOGIN_FAILED\">Gagal masuk</td>")
                .contains("<option value=\"LOGIN_FAILED\" title=\"LOGIN_FAILED\">Gagal masuk</option>")
                .doesNotContain(">LOGIN_FAILED<", ">MASTER_DATA_CHANGED<");
        // the filter still takes the code
        String filtered = get("/audit?actor=" + actor + "&action=LOGIN_FAILED", "diskominfo")
                .body();
        assertThat(filtered)
                .contains("sandi salah")
                .contains(
                        "<option value=\"LOGIN_FAILED\" title=\"LOGIN_FAILED\" selected=\"selected\">Gagal masuk</option>");
    }

    @Test
    void theCsvExportIsAuditedAndCannotRunFormulasInASpreadsheet() {
        String attacker = "=HYPERLINK(\"http://jahat.example\",\"klik\")";
        formLogin(browser(), attacker, "x");
        trail.record("uji-csv", "", AuditAction.EXPORT, "+SUM(1,2)", "@cmd", "-1");
        int exports = count("EXPORT", "diskominfo");

        HttpResponse<String> csv = get("/api/audit.csv?from=" + LocalDate.now().minusDays(1), "diskominfo");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(AuditCsv.HEADER);
        assertThat(csv.body())
                .contains(
                        "\"'=HYPERLINK(\"\"http://jahat.example\"\",\"\"klik\"\")\"",
                        "\"'+SUM(1,2)\"",
                        "\"'@cmd\"",
                        "\"'-1\"");
        for (int i = 1; i < lines.length; i++) {
            for (String cell : lines[i].split("\",\"")) {
                String v = cell.replaceFirst("^\"", "");
                assertThat(v)
                        .as(lines[i])
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@")
                        .doesNotStartWith("-");
            }
        }
        assertThat(count("EXPORT", "diskominfo")).as("the export is audited").isEqualTo(exports + 1);
        Map<String, Object> row = jdbc.queryForList(
                        "SELECT * FROM audit_log WHERE action = 'EXPORT' AND actor = 'diskominfo' ORDER BY id DESC")
                .get(0);
        assertThat(row.get("subject")).isEqualTo("audit_log");
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> formLogin(HttpClient http, String user, String password) {
        String page = send(
                        http,
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Accept", "text/html")
                                .build())
                .body();
        Matcher input = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(page);
        assertThat(input.find()).as("the login page carries a CSRF token").isTrue();
        Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(input.group());
        assertThat(value.find()).isTrue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(value.group(1), StandardCharsets.UTF_8);
        return send(
                http,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
    }

    private HttpResponse<String> get(String path, String user) {
        return get(path, user, null);
    }

    private HttpResponse<String> get(String path, String user, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,text/csv");
        if (language != null) {
            b.header("Accept-Language", language);
        }
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8)));
        }
        return send(browser(), b.build());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
