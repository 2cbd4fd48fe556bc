package id.tanggap.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import io.camunda.zeebe.client.ZeebeClient;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Point 6 with a generated data set whose counts are known (March 2031, WITA): the SQL figures, the
 * PDF text and the workbook cells match it; the review sends it back once, then approves; the
 * Governor and the Vice Governor receive both attachments; the archive lists it.
 */
class GovernorReportIT extends IntegrationTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final LocalDate FROM = LocalDate.of(2031, 3, 1);
    private static final LocalDate TO = LocalDate.of(2031, 4, 1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportCompiler compiler;

    @Autowired
    ReportDocuments documents;

    private static Instant at(int day, int hour) {
        return LocalDate.of(2031, 3, day).atTime(hour, 0).atZone(WITA).toInstant();
    }

    private long complaint(
            String ticket,
            String channel,
            String category,
            String status,
            String opd,
            Instant created,
            Instant dueAt,
            Instant respondedAt,
            Instant resolvedAt,
            Integer rating,
            int reopen) {
        jdbc.update(
                "INSERT INTO complaint (ticket, channel, external_id, anonymous, body, category_code, status, opd_code, created_at, updated_at,"
                        + " version, response_due_at, first_response_at, resolved_at, rating, reopen_count) VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?)",
                ticket,
                channel,
                "report-" + ticket,
                true,
                "Data laporan uji",
                category,
                status,
                opd,
                ts(created),
                ts(created),
                ts(dueAt),
                ts(respondedAt),
                ts(resolvedAt),
                rating,
                reopen);
        return ComplaintRows.id(jdbc, ticket);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    @BeforeEach
    void dataSet() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE ticket LIKE 'ADU-2031-%'", Integer.class) > 0) {
            return;
        }
        Instant c1 = at(2, 8);
        complaint(
                "ADU-2031-000001",
                "WEB",
                "JALAN_RUSAK",
                "DITUTUP",
                "DPUPR",
                c1,
                c1.plus(Duration.ofDays(2)),
                c1.plus(Duration.ofMinutes(30)),
                c1.plus(Duration.ofHours(10)),
                5,
                0);
        Instant c2 = at(5, 9);
        complaint(
                "ADU-2031-000002",
                "FACEBOOK",
                "JALAN_RUSAK",
                "DITUTUP",
                "DPUPR",
                c2,
                c2.plus(Duration.ofDays(2)),
                c2.plus(Duration.ofDays(3)),
                c2.plus(Duration.ofHours(50)),
                3,
                1);
        Instant c3 = at(10, 10);
        long late = complaint(
                "ADU-2031-000003",
                "WEB",
                "JALAN_RUSAK",
                "DIDISPOSISI",
                "DPUPR",
                c3,
                c3.plus(Duration.ofDays(2)),
                null,
                null,
                null,
                0);
        jdbc.update(
                "INSERT INTO complaint_escalation (complaint_id, dedup_key, kind, level, recipients, escalated_at) VALUES (?,?,?,?,?,?)",
                late,
                "report-test-1",
                "FIRST_RESPONSE",
                1,
                "OFFICIAL,HEAD",
                ts(c3.plus(Duration.ofDays(2))));
        jdbc.update(
                "INSERT INTO complaint_escalation (complaint_id, dedup_key, kind, level, recipients, escalated_at) VALUES (?,?,?,?,?,?)",
                late,
                "report-test-2",
                "FIRST_RESPONSE",
                2,
                "SEKDA",
                ts(c3.plus(Duration.ofDays(3))));
        jdbc.update(
                "UPDATE complaint SET escalation_level = 2, latitude = -8.5833, longitude = 116.1167 WHERE id = ?",
                late);
        complaint(
                "ADU-2031-000004", "WHATSAPP", "JALAN_RUSAK", "DITERIMA", null, at(12, 11), null, null, null, null, 0);
        Instant c5 = at(15, 8);
        long joint = complaint(
                "ADU-2031-000005",
                "FACEBOOK",
                "SAMPAH",
                "SELESAI",
                "DLHK",
                c5,
                c5.plus(Duration.ofDays(2)),
                c5.plus(Duration.ofMinutes(60)),
                c5.plus(Duration.ofHours(20)),
                4,
                0);
        jdbc.update(
                "INSERT INTO coordination_contribution (complaint_id, dedup_key, opd_code, contribution, created_at) VALUES (?,?,?,?,?)",
                joint,
                "report-test-3",
                "DISHUB",
                "Pengaturan lalu lintas truk sampah",
                ts(c5.plus(Duration.ofHours(5))));
        Instant c6 = at(20, 8);
        complaint(
                "ADU-2031-000006",
                "WEB",
                "SAMPAH",
                "DIPROSES",
                "DLHK",
                c6,
                c6.plus(Duration.ofDays(2)),
                c6.plus(Duration.ofMinutes(90)),
                null,
                null,
                0);
        // opened before the period, still waiting for a response: not in the period's figures, but in the backlog and
        // the overdue list, which must be complete across its pages
        for (int i = 1; i <= 55; i++) {
            Instant early = LocalDate.of(2031, 2, 1)
                    .atTime(8, 0)
                    .atZone(WITA)
                    .toInstant()
                    .plusSeconds(60L * i);
            complaint(
                    String.format("ADU-2031-1%05d", i),
                    "WEB",
                    "JALAN_RUSAK",
                    "DIDISPOSISI",
                    "DPUPR",
                    early,
                    early.plus(Duration.ofDays(2)),
                    null,
                    null,
                    null,
                    0);
        }
        // outside the period: must not count
        complaint(
                "ADU-2031-000007",
                "WEB",
                "SAMPAH",
                "DIPROSES",
                "DLHK",
                LocalDate.of(2031, 4, 1).atStartOfDay(WITA).toInstant(),
                null,
                null,
                null,
                null,
                0);
    }

    @Test
    void theFiguresThePdfAndTheWorkbookMatchTheDataSet() throws Exception {
        ReportFigures f = compiler.compile(FROM, TO);
        assertThat(f.received()).isEqualTo(6);
        assertThat(f.responded()).isEqualTo(4);
        // one definition (issue 19): on time = responded with no deadline passed (1, 5, 6); late = a deadline met after
        // it (2: answered on day 3 of 2) or passed while still open (3); the rate is on time / (on time + late)
        assertThat(f.respondedWithinSla()).isEqualTo(3);
        assertThat(f.slaPercent()).isEqualTo(60.0);
        assertThat(f.resolved()).isEqualTo(3);
        assertThat(f.overdue()).isEqualTo(2);
        assertThat(f.overdueTickets()).containsExactly("ADU-2031-000002", "ADU-2031-000003");
        assertThat(f.byChannel()).isEqualTo(Map.of("WEB", 3, "FACEBOOK", 2, "WHATSAPP", 1));
        assertThat(f.byCategory()).isEqualTo(Map.of("JALAN_RUSAK", 4, "SAMPAH", 2));

        var pupr = f.opds().stream()
                .filter(o -> o.opdCode().equals("DPUPR"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(
                        pupr.received(),
                        pupr.verified(),
                        pupr.responded(),
                        pupr.respondedWithinSla(),
                        pupr.resolved(),
                        pupr.overdue(),
                        pupr.escalationsLevel1(),
                        pupr.escalationsLevel2(),
                        pupr.escalationsLevel3(),
                        pupr.crossSector(),
                        pupr.reopened()))
                .containsExactly(3, 3, 2, 1, 2, 2, 1, 1, 0, 0, 1);
        assertThat(pupr.slaPercent()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(pupr.medianFirstResponseMinutes()).isEqualTo(2175.0);
        assertThat(pupr.medianResolutionHours()).isEqualTo(30.0);
        assertThat(pupr.averageRating()).isEqualTo(4.0);
        var dlhk = f.opds().stream()
                .filter(o -> o.opdCode().equals("DLHK"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(
                        dlhk.received(),
                        dlhk.responded(),
                        dlhk.respondedWithinSla(),
                        dlhk.resolved(),
                        dlhk.crossSector()))
                .containsExactly(2, 2, 2, 1, 1);
        assertThat(dlhk.medianFirstResponseMinutes()).isEqualTo(75.0);
        assertThat(dlhk.medianResolutionHours()).isEqualTo(20.0);

        String pdf = text(documents.pdf(f));
        assertThat(pdf)
                .contains(
                        "Laporan Tindak Lanjut Aduan Masyarakat",
                        "1 Maret 2031 - 31 Maret 2031",
                        "Aduan diterima: 6. Ditanggapi: 4. Tepat waktu: 3, terlambat: 2 (60,0% tepat waktu). Selesai: 3.",
                        "Dinas Pekerjaan Umum",
                        "ADU-2031-000003",
                        // channels by name, not code (issue 19)
                        "Formulir web 3");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(f)))) {
            Sheet opd = wb.getSheet("Per OPD");
            Row row = null;
            for (Row r : opd) {
                // the OPD by name for people, its code in the last column (issue 19)
                if (r.getCell(0).getStringCellValue().startsWith("Dinas Pekerjaan Umum")) {
                    assertThat(r.getCell(ReportDocuments.OPD_HEADER.size()).getStringCellValue())
                            .isEqualTo("DPUPR");
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(33.3);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(2175.0);
            assertThat(row.getCell(15).getNumericCellValue()).isEqualTo(4.0);
            assertThat(wb.getSheet("Ringkasan").getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(6);
            assertThat(wb.getSheet("Terlambat").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("ADU-2031-000002");
        }
    }

    @Test
    void theHeadOfDiskominfoReviewsOnceMoreThenTheGovernorGetsBothFilesAndTheArchiveListsIt() throws Exception {
        long instance;
        try (ZeebeClient client = ENGINE.engine().createClient()) {
            instance = client.newCreateInstanceCommand()
                    .bpmnProcessId("periodic-report")
                    .latestVersion()
                    .variables(
                            Map.of("periodKind", "REQUESTED", "periodFrom", FROM.toString(), "periodTo", TO.toString()))
                    .send()
                    .join()
                    .getProcessInstanceKey();
        }
        // compiling now draws the five charts into the PDF: on a busy test machine it may take longer than a task wait
        await().atMost(Duration.ofSeconds(90))
                .until(() -> ENGINE.openUserTask(instance, "Task_ReviewReport").isPresent());
        var review = runtime.awaitUserTask(instance, "Task_ReviewReport");
        assertThat(review.candidateGroups()).containsExactly("kepala-diskominfotik");
        assertThat(String.valueOf(runtime.variables(instance).get("reportSummary")))
                .contains("6 aduan diterima", "60,0% tepat waktu");
        runtime.completeUserTask(
                review.key(), Map.of("reviewDecision", "REVISE", "revisionNotes", "Tambahkan rincian per kanal."));
        // sent back: Diskominfo revises (with the note on its task), then the same period is compiled again
        runtime.completeUserTask(
                runtime.awaitUserTask(instance, "Task_ReviseReport").key(),
                Map.of("revisionDone", "Rincian per kanal ditambahkan."));
        var again = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> ENGINE.openUserTask(instance, "Task_ReviewReport").orElse(null),
                        t -> t != null && t.key() != review.key());
        // the reviewer edits the executive summary on the form: stored, printed on the cover and mailed
        runtime.completeUserTask(
                again.key(),
                Map.of(
                        "reviewDecision",
                        "APPROVE",
                        "reportSummary",
                        "Ringkasan eksekutif dari peninjau: enam aduan, dua terlambat."));
        runtime.awaitCompletedThrough(
                instance,
                "Task_CompileReport",
                "Task_ReviewReport",
                "Task_RecordRevisionNote",
                "Task_ReviseReport",
                "Task_CompileReport",
                "Task_ReviewReport",
                "Task_SendReport",
                "EndEvent_ReportSent");

        for (String to : List.of("gubernur.pribadi@ntbprov.example", "wagub@ntbprov.example")) {
            MimeMessage mail = await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> TestMail.to(to).stream()
                                    .filter(m -> TestMail.subjectOf(m).contains("1 Maret 2031"))
                                    .findFirst()
                                    .orElse(null),
                            m -> m != null);
            List<String> files = new ArrayList<>();
            Multipart parts = (Multipart) mail.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).getFileName() != null) {
                    files.add(parts.getBodyPart(i).getFileName());
                }
            }
            assertThat(files)
                    .containsExactlyInAnyOrder(
                            "laporan-tanggap-2031-03-01-2031-03-31.pdf", "laporan-tanggap-2031-03-01-2031-03-31.xlsx");
        }
        long reportId = ((Number) runtime.variables(instance).get("reportId")).longValue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM governor_report WHERE report_key = ?",
                        Integer.class,
                        "report:" + instance))
                .isEqualTo(1);
        var archive = new Api(port).get("/api/reports", "sekda", "tanggap");
        assertThat(archive.json().findValuesAsText("periodFrom")).contains("2031-03-01");
        var pdf = new Api(port).get("/api/reports/" + reportId + ".pdf", "sekda", "tanggap");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(text(jdbc.queryForObject("SELECT pdf FROM governor_report WHERE id = ?", byte[].class, reportId)))
                .contains("Ringkasan eksekutif dari peninjau: enam aduan, dua terlambat.");
        assertThat(jdbc.queryForObject("SELECT summary FROM governor_report WHERE id = ?", String.class, reportId))
                .isEqualTo("Ringkasan eksekutif dari peninjau: enam aduan, dua terlambat.");
        assertThat(new Api(port).get("/api/reports", "pupr", "tanggap").status())
                .isEqualTo(403);
    }

    @Test
    void theWeeklyAndMonthlyTimersStartReportsByThemselves() {
        long before = ENGINE.processInstances("periodic-report").size();
        // a month on the engine clock passes at least one Monday 07:00 WITA and one 1st of the month 07:00 WITA
        runtime.increaseTime(Duration.ofDays(32));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ENGINE.records().processInstanceRecords().spliterator() != null
                        && java.util.stream.StreamSupport.stream(
                                                ENGINE.records()
                                                        .processInstanceRecords()
                                                        .spliterator(),
                                                false)
                                        .filter(r ->
                                                r.getValue().getBpmnProcessId().equals("periodic-report"))
                                        .map(r -> r.getValue().getElementId())
                                        .filter(id -> id.equals("StartEvent_Weekly") || id.equals("StartEvent_Monthly"))
                                        .distinct()
                                        .count()
                                == 2);
        assertThat(ENGINE.processInstances("periodic-report").size()).isGreaterThan((int) before);
    }

    @Test
    void theDashboardShowsTheSameNumbersInChromium() throws Exception {
        var run = id.tanggap.testsupport.NodeTool.run(
                "e2e-dashboard.mjs",
                new Api(port).base(),
                "sekda",
                "tanggap",
                "from=2031-03-01&to=2031-04-01",
                id.tanggap.testsupport.NodeTool.repoDir()
                        .resolve("target/screenshots")
                        .toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        var r = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(r.get("problems")).as("layout at 360, 390, 1280 px").isEmpty();
        assertThat(r.get("a11y"))
                .as("axe-core: no serious or critical violation")
                .isEmpty();
        assertThat(r.get("checked")).hasSize(3);
        assertThat(r.at("/kpis/received").asText()).isEqualTo("6");
        assertThat(r.at("/kpis/responded").asText()).isEqualTo("4");
        assertThat(r.at("/kpis/sla").asText()).isEqualTo("60,0%");
        assertThat(r.at("/kpis/resolved").asText()).isEqualTo("3");
        assertThat(r.at("/kpis/overdue").asText()).isEqualTo("2");
        assertThat(r.get("league")).extracting(n -> n.asText()).containsExactly("DLHK:100,0", "DPUPR:33,3");
        assertThat(r.get("ratings")).extracting(n -> n.asText()).containsExactly("DLHK:4,0", "DPUPR:4,0");
        // categories by name, not code
        assertThat(r.get("categories"))
                .extracting(n -> n.asText())
                .containsExactly("Jalan dan jembatan rusak:4", "Sampah dan kebersihan:2");
        assertThat(r.get("escalated")).extracting(n -> n.asText()).containsExactly("1:0", "2:1", "3:0");
        // the overdue list: open cases past a deadline (also those opened earlier, which come first), each linking to
        // the
        // staff view; the responded and closed late case 2 is late in the figures but no longer waiting. Completeness
        // across pages: theOverdueListIsCompleteAcrossItsPagesAndIncludesCasesOpenedBeforeThePeriod
        assertThat(r.get("overdue"))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.get("href").asText())
                        .isEqualTo("/api/cases/" + o.get("ticket").asText()));
        assertThat(r.get("overdue").findValuesAsText("ticket"))
                .contains("ADU-2031-100001")
                .doesNotContain("ADU-2031-000002");
        // the five charts are the server's PNG images, loaded
        assertThat(r.get("charts"))
                .hasSize(5)
                .allSatisfy(c -> assertThat(c.get("width").asInt()).isEqualTo(800));
        // the map shows the open cases with a place (case 3 among them, late) even without a tile server
        assertThat(r.at("/mapStatus").asText())
                .matches(
                        "\\d+ aduan terbuka di peta, [1-9]\\d* terlambat\\. Peta dasar tidak dapat dimuat; titik aduan tetap ditampilkan\\.");
        assertThat(r.get("mapMarkers").asInt()).isPositive();
        assertThat(new Api(port).get("/dashboard", "pupr", "tanggap").status()).isEqualTo(403);
    }

    @Test
    void theOverdueListIsCompleteAcrossItsPagesAndIncludesCasesOpenedBeforeThePeriod() {
        Api api = new Api(port);
        String query = "/dashboard?from=2031-03-01&to=2031-04-01&opd=DPUPR";
        String first = api.get(query, "sekda", "tanggap").body();
        long total = Long.parseLong(first.replaceAll("(?s).*Seluruhnya (\\d+) batas waktu terlewati.*", "$1"));
        List<String> listed = new ArrayList<>();
        for (int page = 1; page <= (total + 49) / 50; page++) {
            String body =
                    api.get(query + "&halaman=" + page, "sekda", "tanggap").body();
            var m = java.util.regex.Pattern.compile("href=\"/api/cases/(ADU-[0-9-]+)\"")
                    .matcher(body);
            while (m.find()) {
                listed.add(m.group(1));
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(56);
        assertThat(first).contains("Halaman 1 dari");
        // every overdue deadline once, across the pages; the 55 cases of February are there as well as number 3
        assertThat(listed).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(listed).contains("ADU-2031-000003", "ADU-2031-100001", "ADU-2031-100055");
        // the backlog by age counts them too (all older than 7 days at the end of March)
        assertThat(first).containsPattern("&gt; 7 hari</td><td class=\"n\">\\d{2,}</td>");
    }

    @Test
    void aHeadOfOpdSeesTheDashboardOfTheirOwnOpdOnly() {
        Api api = new Api(port);
        var own = api.get("/dashboard?from=2031-03-01&to=2031-04-01", "kadis-pupr", "tanggap");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body())
                .contains("data-opd=\"DPUPR\"", "href=\"/api/cases/ADU-")
                .doesNotContain("data-opd=\"DLHK\"", "Lingkungan Hidup", "ADU-2031-000006");
        assertThat(api.get("/dashboard/grafik/tepat-waktu.png?from=2031-03-01&to=2031-04-01", "kadis-pupr", "tanggap")
                        .contentType())
                .isEqualTo("image/png");
        // the other OPD's figures, as a page or as a chart, are refused
        assertThat(api.get("/dashboard?opd=DLHK", "kadis-pupr", "tanggap").status())
                .isEqualTo(403);
        assertThat(api.get("/dashboard/grafik/tren.png?opd=DLHK", "kadis-pupr", "tanggap")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/dashboard?opd=DPUPR", "kadis-dlhk", "tanggap").status())
                .isEqualTo(403);
        assertThat(api.get("/dashboard/grafik/peta.png", "sekda", "tanggap").status())
                .isEqualTo(404);
    }

    /** A word on a PDF page and its box (PDF points, y downwards as PDFBox reports it). */
    record Word(int page, String text, float x1, float y1, float x2, float y2) {
        boolean overlaps(Word o) {
            float tolerance = 0.5f;
            return page == o.page
                    && x1 + tolerance < o.x2
                    && o.x1 + tolerance < x2
                    && y1 + tolerance < o.y2
                    && o.y1 + tolerance < y2;
        }
    }

    private static List<Word> words(byte[] pdf) throws Exception {
        List<Word> words = new ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    List<org.apache.pdfbox.text.TextPosition> word = new ArrayList<>();
                    for (org.apache.pdfbox.text.TextPosition t : positions) {
                        if (t.getUnicode().isBlank()) {
                            add(word);
                            word = new ArrayList<>();
                        } else {
                            word.add(t);
                        }
                    }
                    add(word);
                }

                private void add(List<org.apache.pdfbox.text.TextPosition> w) {
                    if (w.isEmpty()) {
                        return;
                    }
                    StringBuilder t = new StringBuilder();
                    float x1 = Float.MAX_VALUE, y1 = Float.MAX_VALUE, x2 = 0, y2 = 0;
                    for (org.apache.pdfbox.text.TextPosition p : w) {
                        t.append(p.getUnicode());
                        x1 = Math.min(x1, p.getXDirAdj());
                        x2 = Math.max(x2, p.getXDirAdj() + p.getWidthDirAdj());
                        y1 = Math.min(y1, p.getYDirAdj() - p.getHeightDir());
                        y2 = Math.max(y2, p.getYDirAdj());
                    }
                    words.add(new Word(getCurrentPageNo(), t.toString(), x1, y1, x2, y2));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
            // for people to look at (script/screenshots); the assertions are on the text layout
            java.nio.file.Path shots = id.tanggap.testsupport.NodeTool.repoDir().resolve("target/screenshots");
            java.nio.file.Files.createDirectories(shots);
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                javax.imageio.ImageIO.write(
                        renderer.renderImageWithDPI(i, 100),
                        "png",
                        shots.resolve("laporan-gubernur-" + (i + 1) + ".png").toFile());
            }
        }
        return words;
    }

    @Test
    void thePdfHasACoverWithTheEditedSummaryChartsAndTablesWithNoSplitWordsNorTextOverText() throws Exception {
        ReportFigures f = compiler.compile(FROM, TO);
        byte[] pdf = documents.pdf(f, "Ringkasan yang diubah peninjau: penanganan jalan rusak perlu dipercepat.");
        List<Word> words = words(pdf);
        String cover = String.join(
                " ", words.stream().filter(w -> w.page() == 1).map(Word::text).toList());
        assertThat(cover)
                .contains(
                        "Periode 1 Maret 2031 - 31 Maret 2031",
                        "Ringkasan eksekutif",
                        "Ringkasan yang diubah peninjau: penanganan jalan rusak perlu dipercepat.")
                .doesNotContain("Kinerja per OPD");
        List<String> tokens = words.stream().map(Word::text).toList();
        // every word of every table header is whole somewhere: a header cut inside a word ("Diverifik" / "asi") fails
        for (String header : ReportDocuments.OPD_HEADER) {
            for (String word : header.split(" ")) {
                assertThat(tokens).as("header word " + word).contains(word);
            }
        }
        assertThat(tokens).contains("Kategori", "Kabupaten/kota").doesNotContain("JALAN_RUSAK", "DPUPR");
        // no text over other text
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                if (words.get(i).overlaps(words.get(j))) {
                    overlaps.add(words.get(i) + " / " + words.get(j));
                }
            }
        }
        assertThat(overlaps).isEmpty();
        // the check can fail: the same words with one moved onto its neighbour overlap
        Word a = words.get(0);
        assertThat(a.overlaps(new Word(a.page(), "x", a.x1() + 1, a.y1() + 1, a.x2(), a.y2())))
                .isTrue();
        assertThat(java.nio.file.Files.exists(
                        id.tanggap.testsupport.NodeTool.repoDir().resolve("target/screenshots/laporan-gubernur-1.png")))
                .isTrue();
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
