package id.tanggap.reporting;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's overdue list names a missed coordination deadline beside the response and resolution ones (issue
 * 19), and the workbook names OPDs, channels and categories instead of their codes.
 */
@Tag("scenario")
class OverdueAndWorkbookIT extends CaseScenarioTest {

    @Autowired
    ReportReadModel readModel;

    @Autowired
    ReportDocuments documents;

    @Test
    void aCoordinationPastItsSharedDeadlineIsOnTheOverdueListUntilTheJointFollowUpIsTaken() throws Exception {
        var c = cases.submit("JALAN_RUSAK");
        cases.triageValid(c, "JALAN_RUSAK");
        cases.complete(
                c,
                "Task_RespondToComplaint",
                vars(
                        "responseOutcome",
                        "NEEDS_COORDINATION",
                        "responseText",
                        "Ditangani bersama Dinas Perhubungan.",
                        "publicReplyUrl",
                        "https://x.com/puprntb/status/9",
                        "supportingOpds",
                        List.of("DISHUB")));
        cases.awaitStatus(c, "KOORDINASI");
        Instant shared = ProcessDates.parse(String.valueOf(cases.variable(c, "coordinationDueDate")));
        Instant stored = jdbc.queryForObject(
                        "SELECT coordination_due_at FROM complaint WHERE ticket = ?",
                        java.sql.Timestamp.class,
                        c.ticket())
                .toInstant();
        assertThat(stored.truncatedTo(ChronoUnit.SECONDS)).isEqualTo(shared.truncatedTo(ChronoUnit.SECONDS));

        // the day after the shared deadline: listed once for coordination (the response was given in time)
        LocalDate after = shared.atZone(properties.zone()).toLocalDate().plusDays(1);
        assertThat(rowsOf(c.ticket(), readModel.overdue(after, null, 0, 100_000)))
                .extracting(ReportReadModel.Overdue::deadline, ReportReadModel.Overdue::dueAt)
                .contains(org.assertj.core.groups.Tuple.tuple("Koordinasi", stored))
                .extracting(t -> t.toList().get(0))
                .doesNotContain("Tanggapan");
        // on the lead OPD's own list as well, and not before the deadline
        assertThat(rowsOf(c.ticket(), readModel.overdue(after, "DPUPR", 0, 100_000)))
                .extracting(ReportReadModel.Overdue::deadline)
                .contains("Koordinasi");
        LocalDate before = shared.atZone(properties.zone()).toLocalDate();
        assertThat(rowsOf(c.ticket(), readModel.overdue(before, null, 0, 100_000)))
                .extracting(ReportReadModel.Overdue::deadline)
                .doesNotContain("Koordinasi");
        // the list and its total count the same rows (the pager depends on it)
        long total = readModel.charts(after.minusDays(30), after, "DPUPR").overdueTotal();
        assertThat(readModel.overdue(after, "DPUPR", 0, 100_000)).hasSize((int) total);

        // the dashboard lists it on its page, linking to the staff view of the case
        List<ReportReadModel.Overdue> list = readModel.overdue(after, "DPUPR", 0, 100_000);
        int at = list.indexOf(rowsOf(c.ticket(), list).stream()
                .filter(o -> o.deadline().equals("Koordinasi"))
                .findFirst()
                .orElseThrow());
        String page = new Api(port)
                .get(
                        "/dashboard?from=" + after.minusDays(30) + "&to=" + after + "&opd=DPUPR&halaman="
                                + (at / DashboardController.OVERDUE_PAGE + 1),
                        "sekda",
                        "tanggap")
                .body();
        assertThat(page)
                .containsPattern(java.util.regex.Pattern.quote(
                                "<a href=\"/api/cases/" + c.ticket() + "\">" + c.ticket() + "</a></td>")
                        + "\\s*<td data-label=\"Batas waktu\">Koordinasi</td>");

        // once the lead OPD took the joint follow-up, the coordination is no longer overdue
        long coordination = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> ENGINE.processInstances("cross-sector-coordination").stream()
                                .filter(k ->
                                        c.ticket().equals(runtime.variables(k).get("ticket")))
                                .findFirst()
                                .orElse(null),
                        k -> k != null);
        var contribute = runtime.awaitUserTask(coordination, "Task_ContributeToFollowUp");
        runtime.completeUserTask(contribute.key(), vars("contribution", "Dishub memasang rambu sementara."));
        var consolidate = runtime.awaitUserTask(coordination, "Task_ConsolidateJointFollowUp");
        runtime.completeUserTask(consolidate.key(), vars("jointFollowUp", "Rambu dipasang dan lubang ditambal."));
        cases.awaitStatus(c, "DIPROSES");
        assertThat(rowsOf(c.ticket(), readModel.overdue(after, null, 0, 100_000)))
                .extracting(ReportReadModel.Overdue::deadline)
                .doesNotContain("Koordinasi");
    }

    @Test
    void theWorkbookNamesOpdsChannelsAndCategoriesAndShowsADashForNoRating() throws Exception {
        String pupr = jdbc.queryForObject("SELECT name FROM opd WHERE code = 'DPUPR'", String.class);
        String jalan =
                jdbc.queryForObject("SELECT name FROM complaint_category WHERE code = 'JALAN_RUSAK'", String.class);
        Map<String, Integer> channels = new LinkedHashMap<>();
        channels.put("WEB", 3);
        channels.put("CALL_CENTER", 1);
        ReportFigures f = new ReportFigures(
                LocalDate.of(2031, 3, 1),
                LocalDate.of(2031, 4, 1),
                4,
                2,
                1,
                1,
                1,
                List.of(new ReportFigures.OpdFigures("DPUPR", pupr, 4, 4, 2, 1, null, null, 1, 1, 0, 0, 0, 0, 0, null)),
                channels,
                Map.of("JALAN_RUSAK", 4),
                List.of(),
                0,
                0,
                List.of(new ReportFigures.CampaignResult(
                        "Beasiswa NTB",
                        LocalDate.of(2031, 3, 20),
                        10,
                        5,
                        6,
                        50.0,
                        60,
                        "SEBAGIAN",
                        List.of(new ReportFigures.OpdParticipation("DPUPR", 10, 5, 6, 50.0, "SEBAGIAN")))),
                List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(f)))) {
            Row opd = wb.getSheet("Per OPD").getRow(1);
            assertThat(opd.getCell(0).getStringCellValue()).isEqualTo(pupr);
            assertThat(opd.getCell(5).getNumericCellValue()).isEqualTo(50.0);
            // no ratings: a dash, not 0
            assertThat(opd.getCell(15).getStringCellValue()).isEqualTo("–");
            assertThat(opd.getCell(6).getStringCellValue()).isEqualTo("–");
            assertThat(opd.getCell(16).getStringCellValue()).isEqualTo("DPUPR");

            assertThat(column(wb.getSheet("Per kanal"), 0)).containsExactly("Kanal", "Formulir web", "Call center");
            assertThat(column(wb.getSheet("Per kanal"), 2)).containsExactly("Kode", "WEB", "CALL_CENTER");
            assertThat(column(wb.getSheet("Per kategori"), 0)).containsExactly("Kategori", jalan);
            assertThat(column(wb.getSheet("Kampanye"), 1)).containsExactly("OPD", "Semua OPD", pupr);
        }
    }

    private static List<ReportReadModel.Overdue> rowsOf(String ticket, List<ReportReadModel.Overdue> all) {
        return all.stream().filter(o -> o.ticket().equals(ticket)).toList();
    }

    private static List<String> column(Sheet sheet, int col) {
        List<String> out = new java.util.ArrayList<>();
        for (Row r : sheet) {
            out.add(r.getCell(col).getStringCellValue());
        }
        return out;
    }
}
