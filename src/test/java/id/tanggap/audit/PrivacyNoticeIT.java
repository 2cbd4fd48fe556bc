package id.tanggap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * UU 27/2022 notice: every page that takes personal data (the web form, the call-center form the agent
 * reads from) and the public pages around them (tracking, directory) tell the citizen in Indonesian what
 * is collected and link to the public privacy page; and the reports a supervisor downloads carry figures,
 * never a reporter's name or contact.
 */
class PrivacyNoticeIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportCompiler compiler;

    @Autowired
    ReportDocuments documents;

    @Test
    void thePrivacyPageIsPublicIndonesianAndRunsNoInlineScript() {
        HttpResponse<String> page = html("/privasi", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<html lang=\"id\"",
                        "Pemberitahuan privasi",
                        "Data yang kami kumpulkan",
                        "Untuk apa",
                        "Siapa yang melihat",
                        "Berapa lama disimpan",
                        "Hak Anda dan cara menanyakan data Anda",
                        "PPID",
                        "3 x 24 jam",
                        "name=\"viewport\"");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'");
    }

    @Test
    void everyPageThatTakesPersonalDataShowsTheNoticeAndLinksThePrivacyPage() {
        var submitted = new Api(port)
                .post("/api/complaints", Api.complaint("WEB", null, "JALAN_RUSAK", "Lalu Pemberitahuan", false));
        assertThat(submitted.status()).isEqualTo(201);
        String ticket = submitted.json().get("ticket").asText();

        HttpResponse<String> form = html("/aduan", null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"privacy-notice\"", "Data yang kami kumpulkan", "href=\"/privasi\"");
        // the notice sits with the identity choice (before the complaint's own fields) and again at the submit button
        int notice = form.body().indexOf("id=\"privacy-notice\"");
        assertThat(notice)
                .isBetween(form.body().indexOf("Identitas pelapor"), form.body().indexOf("<legend>Aduan</legend>"));
        int submit = form.body().indexOf("id=\"kirim\"");
        assertThat(form.body().indexOf("href=\"/privasi\"", submit))
                .as("a link next to the submit button")
                .isBetween(submit, submit + 300);

        HttpResponse<String> tracking = html("/lacak/" + ticket, null);
        assertThat(tracking.statusCode()).isEqualTo(200);
        assertThat(tracking.body())
                .contains("id=\"privacy-notice\"", "href=\"/privasi\"")
                .doesNotContain("Lalu Pemberitahuan");

        HttpResponse<String> directory = html("/direktori", null);
        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(directory.body()).contains("<footer>", "id=\"privacy-notice\"", "href=\"/privasi\"");

        HttpResponse<String> callCenter = html("/call-center", "pupr");
        assertThat(callCenter.statusCode()).isEqualTo(200);
        assertThat(callCenter.body())
                .contains("id=\"privacy-script\"", "Bacakan kepada penelepon", "href=\"/privasi\"");
        assertThat(callCenter.body().indexOf("id=\"privacy-script\""))
                .as("read before the caller's name is taken")
                .isLessThan(callCenter.body().indexOf("id=\"callerName\""));
    }

    @Test
    void theReportsASupervisorDownloadsCarryNoReporterNameOrContact() throws Exception {
        String name = "Baiq Laporan " + UUID.randomUUID().toString().substring(0, 6);
        String contact = "0819-7777-" + (1000 + (int) (Math.random() * 8999));
        var submitted = new Api(port)
                .post(
                        "/api/complaints",
                        Api.complaint("WEB", null, "JALAN_RUSAK", name, contact, false, -8.58, 116.1, null));
        assertThat(submitted.status()).isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        ReportFigures f = compiler.compile(today.minusDays(1), today.plusDays(2));
        assertThat(f.received()).as("the case is in the period").isPositive();

        StringBuilder workbook = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(f)))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        workbook.append(cell.toString()).append('|');
                    }
                }
            }
        }
        String pdf = text(documents.pdf(f));
        // the workbook keeps category codes for further processing; the PDF is read as text
        assertThat(workbook.toString()).contains("JALAN_RUSAK");
        assertThat(pdf).contains("Laporan Tindak Lanjut Aduan");
        for (String document : new String[] {workbook.toString(), pdf}) {
            assertThat(document).doesNotContain(name, contact, contact.replace("-", ""), "Baiq Laporan");
        }
    }

    private HttpResponse<String> html(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(extractor.getTextFromPage(p)).append('\n');
        }
        return all.toString();
    }
}
