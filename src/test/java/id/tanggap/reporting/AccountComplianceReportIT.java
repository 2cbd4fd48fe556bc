package id.tanggap.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The periodic report's account compliance per OPD: days an account was not connected are neither
 * judged nor failures (they do not lower the OPD's figure or the headline count), and the XLSX
 * carries the section as the sheet "Kepatuhan akun".
 */
class AccountComplianceReportIT extends IntegrationTest {

    @Autowired
    ReportReadModel readModel;

    @Autowired
    ReportDocuments documents;

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private long account(String token) {
        OfficialAccount a = new OfficialAccount(
                "FACEBOOK",
                "9" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                "laporan.uji." + UUID.randomUUID().toString().substring(0, 6),
                "https://example.test/a",
                "DLHK",
                null,
                "REJECTED",
                token,
                Instant.now());
        return accounts.save(a).getId();
    }

    private void check(long account, LocalDate day, boolean connected, boolean compliant) {
        jdbc.update(
                "INSERT INTO compliance_check (account_id, check_date, unanswered_overdue, active, responsive, complete,"
                        + " compliant, consecutive_failures, posts_last_7_days, connected) VALUES (?, ?, 0, ?, ?, ?, ?, 0, 0, ?)",
                account,
                day,
                compliant,
                compliant,
                compliant,
                compliant,
                connected);
    }

    @Test
    void unconnectedDaysAreNotJudgedAndTheSectionIsInTheWorkbook() throws Exception {
        // a far period of its own, so that the other tests' checks do not mix in
        LocalDate from = LocalDate.of(2031, 3, 1);
        long connected = account("token-" + UUID.randomUUID());
        long notConnected = account(null);
        check(connected, from, true, true);
        check(connected, from.plusDays(1), true, false);
        check(notConnected, from, false, false);
        check(notConnected, from.plusDays(1), false, false);

        ReportFigures f = readModel.compile(from, from.plusDays(7));
        assertThat(f.accountChecks()).isEqualTo(2);
        assertThat(f.compliantChecks()).isEqualTo(1);
        assertThat(f.accountCompliance()).singleElement().satisfies(c -> {
            assertThat(c.opdCode()).isEqualTo("DLHK");
            assertThat(c.accounts()).isEqualTo(2);
            assertThat(c.notConnected()).isEqualTo(1);
            assertThat(c.judged()).isEqualTo(2);
            assertThat(c.compliant()).isEqualTo(1);
            assertThat(c.percent()).isEqualTo(50.0);
        });
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(f)))) {
            Row row = wb.getSheet("Kepatuhan akun").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).contains("Lingkungan Hidup");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(50.0);
        }
        assertThat(documents.pdf(f)).isNotEmpty();
    }
}
