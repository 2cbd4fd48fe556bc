package id.tanggap.bench;

import id.tanggap.reporting.ReportCompiler;
import id.tanggap.reporting.ReportFigures;
import java.time.LocalDate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * script/bench, report part: generates BENCH_REPORT_ROWS complaints (default 1,000,000) spread over
 * 2027 in MariaDB (with its SEQUENCE engine) and times compiling one month's report (target < 5 s).
 */
public final class ReportBenchmark {

    public static void main(String[] args) {
        int rows = Integer.parseInt(System.getenv().getOrDefault("BENCH_REPORT_ROWS", "1000000"));
        ConfigurableApplicationContext app = BenchApp.start();
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            // minutes over 2027; channels, categories, OPDs, states and times cycle so every figure has data
            jdbc.execute(
                    "INSERT INTO complaint (ticket, channel, external_id, anonymous, body, category_code, status, opd_code, created_at, updated_at,"
                            + " version, response_due_at, first_response_at, resolved_at, rating, reopen_count, escalation_level)"
                            + " SELECT CONCAT('BEN-', seq), ELT(1 + seq % 4, 'WEB', 'FACEBOOK', 'X', 'WHATSAPP'), CONCAT('bench-', seq), TRUE, 'Aduan uji beban',"
                            + " ELT(1 + seq % 6, 'JALAN_RUSAK', 'SAMPAH', 'BANJIR', 'KEMACETAN', 'KESEHATAN', 'LAINNYA'),"
                            + " ELT(1 + seq % 5, 'DITERIMA', 'DIDISPOSISI', 'DIPROSES', 'SELESAI', 'DITUTUP'),"
                            + " IF(seq % 5 = 0, NULL, ELT(1 + seq % 4, 'DPUPR', 'DLHK', 'BPBD', 'DISHUB')),"
                            + " TIMESTAMP('2027-01-01') + INTERVAL (seq * 31 % 525600) MINUTE, TIMESTAMP('2027-01-01') + INTERVAL (seq * 31 % 525600) MINUTE, 0,"
                            + " TIMESTAMP('2027-01-01') + INTERVAL (seq * 31 % 525600 + 2880) MINUTE,"
                            + " IF(seq % 5 < 2, NULL, TIMESTAMP('2027-01-01') + INTERVAL (seq * 31 % 525600 + seq % 4000) MINUTE),"
                            + " IF(seq % 5 < 3, NULL, TIMESTAMP('2027-01-01') + INTERVAL (seq * 31 % 525600 + 4000 + seq % 9000) MINUTE),"
                            + " IF(seq % 5 < 3, NULL, 1 + seq % 5), IF(seq % 17 = 0, 1, 0), IF(seq % 5 = 1, seq % 4, 0)"
                            + " FROM seq_1_to_" + rows);
            double generated = (System.nanoTime() - t0) / 1e9;
            Integer total = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
            ReportCompiler compiler = app.getBean(ReportCompiler.class);
            compiler.compile(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1)); // warm-up
            long t1 = System.nanoTime();
            ReportFigures f = compiler.compile(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1));
            double seconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("%nreport: %d complaints in MariaDB (generated in %.1f s)%n", total, generated);
            System.out.printf(
                    "  compiling June 2027 (%d complaints, %d OPD rows, %d overdue): %.2f s (target < 5 s)%n",
                    f.received(), f.opds().size(), f.overdue(), seconds);
        } finally {
            app.close();
            System.exit(0);
        }
    }
}
