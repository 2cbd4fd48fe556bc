package id.tanggap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tanggap.reporting.ReportCompiler;
import id.tanggap.reporting.ReportDocuments;
import id.tanggap.reporting.ReportFigures;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audited actions AuditTrailIT does not cover: an unmasked (non-confidential) reporter shown to a
 * supervisor, a campaign's staff list (names from the ASN/THL inventory), a staff member's account
 * added, and the deployment of the process models. Each leaves exactly one row naming who, what and from
 * where, without the personal data itself, and the row cannot be changed or removed.
 */
class AuditCompletenessIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportCompiler compiler;

    @Autowired
    ReportDocuments documents;

    private List<Map<String, Object>> rows(String action, String subject) {
        return jdbc.queryForList(
                "SELECT * FROM audit_log WHERE action = ? AND subject = ? ORDER BY id", action, subject);
    }

    private void assertUnalterable(Map<String, Object> row) {
        Object id = row.get("id");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET actor = 'orang-lain' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_log WHERE id = ?", String.class, id))
                .isEqualTo(row.get("actor"));
    }

    private static void assertFromHere(Map<String, Object> row) {
        assertThat((String) row.get("client_ip")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aReporterShownUnmaskedToASupervisorLeavesOneRowAndAnAnonymousReportNone() {
        Api api = new Api(port);
        var named = api.post("/api/complaints", Api.complaint("WEB", null, "JALAN_RUSAK", "Baiq Terbuka", false));
        assertThat(named.status()).isEqualTo(201);
        String ticket = named.json().get("ticket").asText();
        var read = api.get("/api/cases/" + ticket, "sekda", "tanggap");
        assertThat(read.json().at("/reporter/name").asText()).isEqualTo("Baiq Terbuka");
        List<Map<String, Object>> rows = rows("IDENTITY_READ", ticket);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("actor")).isEqualTo("sekda");
        assertThat((String) rows.get(0).get("actor_roles")).contains("SUPERVISOR");
        assertThat(rows.get(0).toString()).doesNotContain("Baiq", "3456");
        assertFromHere(rows.get(0));
        assertUnalterable(rows.get(0));

        var anonymous = api.post("/api/complaints", Api.complaint("WEB", null, "JALAN_RUSAK", null, true));
        String anonymousTicket = anonymous.json().get("ticket").asText();
        assertThat(api.get("/api/cases/" + anonymousTicket, "sekda", "tanggap").status())
                .isEqualTo(200);
        assertThat(rows("IDENTITY_READ", anonymousTicket))
                .as("no identity, nothing shown")
                .isEmpty();
    }

    @Test
    void aCampaignsStaffListAndAStaffAccountChangeLeaveOneRowEach() {
        Api api = new Api(port);
        String run = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String nip = "19900101" + run + "0001";
        var imported = api.postAs(
                "diskominfo",
                "/api/inventory/import",
                "text/csv",
                "nip,nama,opd,jenis,email,facebook,instagram,x\n" + nip + ",Ni Luh Audit,DPUPR,ASN,audit." + run
                        + "@ntbprov.example,,,\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        var added = api.postAs(
                "diskominfo",
                "/api/inventory/" + nip + "/accounts",
                "application/json",
                "{\"platform\":\"INSTAGRAM\",\"handle\":\"audit." + run + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        List<Map<String, Object>> changed = rows("ACCOUNT_CHANGED", "staf:" + nip);
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("actor")).isEqualTo("diskominfo");
        assertThat(changed.get(0).toString()).doesNotContain("Ni Luh", "audit." + run);
        assertUnalterable(changed.get(0));
        var refused = api.postAs(
                "diskominfo",
                "/api/inventory/" + nip + "/accounts",
                "application/json",
                "{\"platform\":\"BUKAN\",\"handle\":\"x\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(rows("ACCOUNT_CHANGED", "staf:" + nip))
                .as("a refused change leaves none")
                .hasSize(1);

        Instant start = ENGINE.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        var created = api.postAs(
                "diskominfo",
                "/api/campaigns",
                "application/json",
                String.format(
                        "{\"programme\":\"Audit %s\",\"contentUrl\":\"https://ntbprov.go.id/program/audit-%s\",\"targetOpds\":[\"DPUPR\"],\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"expectedParticipation\":50}",
                        run, UUID.randomUUID(), start, start.plus(Duration.ofDays(3))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(api.get("/api/campaigns/" + id, "diskominfo", "tanggap").status())
                .isEqualTo(200);
        List<Map<String, Object>> reads = rows("STAFF_INVENTORY_READ", "kampanye:" + id);
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).get("actor")).isEqualTo("diskominfo");
        assertFromHere(reads.get(0));
        assertUnalterable(reads.get(0));
    }

    @Test
    void theDeploymentOfTheProcessModelsIsAudited() {
        // the models are deployed in the background once the application is ready (and again until the engine takes
        // them)
        List<Map<String, Object>> deployed = org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .until(
                        () -> jdbc.queryForList(
                                "SELECT * FROM audit_log WHERE action = 'MODEL_DEPLOYED' ORDER BY id DESC"),
                        l -> !l.isEmpty());
        assertThat(deployed.get(0).get("actor")).isEqualTo("sistem");
        assertThat((String) deployed.get(0).get("detail")).contains("data-subject-request v", "complaint-handling v");
        assertUnalterable(deployed.get(0));
    }

    private HttpResponse<byte[]> download(String path, String user) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (user + ":tanggap").getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aSupervisorsReportDownloadCarriesNoPersonalDataIsLoggedAndRolesWithoutNeedAreRefused() throws Exception {
        String name = "Baiq Ekspor " + UUID.randomUUID().toString().substring(0, 6);
        String contact = "ekspor-" + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id";
        var submitted = new Api(port)
                .post(
                        "/api/complaints",
                        Api.complaint("WEB", null, "JALAN_RUSAK", name, contact, false, -8.6, 116.2, null));
        assertThat(submitted.status()).isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        ReportFigures f = compiler.compile(today.minusDays(1), today.plusDays(2));
        assertThat(f.received()).isPositive();
        jdbc.update(
                "INSERT INTO governor_report (report_key, period_kind, period_from, period_to, status, summary, pdf, xlsx, compiled_at)"
                        + " VALUES (?, 'REQUESTED', ?, ?, 'APPROVED', 'uji ekspor', ?, ?, ?)",
                "uji-ekspor-" + UUID.randomUUID(),
                java.sql.Date.valueOf(f.from()),
                java.sql.Date.valueOf(f.to()),
                documents.pdf(f),
                documents.xlsx(f),
                Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM governor_report", Long.class);

        HttpResponse<byte[]> xlsx = download("/api/reports/" + id + ".xlsx", "sekda");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.toString()).append('|');
                    }
                }
            }
        }
        assertThat(cells.toString()).contains("JALAN_RUSAK").doesNotContain(name, contact, "Baiq Ekspor");
        List<Map<String, Object>> exports = rows("EXPORT", "laporan " + id);
        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).get("actor")).isEqualTo("sekda");
        assertUnalterable(exports.get(0));

        // roles that do not need the files are refused, and a refusal exports nothing and logs no export
        assertThat(download("/api/reports/" + id + ".xlsx", "pupr").statusCode())
                .isEqualTo(403);
        assertThat(download("/api/reports/" + id + ".pdf", "kadis-pupr").statusCode())
                .isEqualTo(403);
        assertThat(download("/api/audit.csv", "sekda").statusCode()).isEqualTo(403);
        assertThat(download("/api/audit.csv", "pupr").statusCode()).isEqualTo(403);
        assertThat(rows("EXPORT", "laporan " + id)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT' AND subject = 'audit_log' AND actor IN ('sekda', 'pupr')",
                        Integer.class))
                .isZero();
    }
}
