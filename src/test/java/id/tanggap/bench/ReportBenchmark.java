package id.tanggap.bench;

import id.tanggap.reporting.ReportCompiler;
import id.tanggap.reporting.ReportFigures;
import id.tanggap.testsupport.Api;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * script/bench, report part: a history of complaints in MariaDB (generated with its SEQUENCE engine), one a minute
 * going back from the end of 2027, so that December 2027 holds the same 44,640 complaints whatever the history's
 * length: BENCH_REPORT_ROWS (default 1,000,000, about 23 months), then BENCH_REPORT_ROWS_LARGE (default 5,000,000,
 * about 9.5 years). As in a province, a case older than 60 days is finished (resolved or closed) but one in a
 * thousand, which stays open and overdue. Times one month's report (December 2027, target < 2 s) over each history,
 * and the supervisors' dashboard for that month over the first (GET /dashboard as a supervisor, p95 of 20 loads,
 * target < 1 s), and prints the query plan of the month's main query (a range on created_at, not a full scan).
 */
public final class ReportBenchmark {

    static final LocalDate FROM = LocalDate.of(2027, 12, 1);
    static final LocalDate TO = LocalDate.of(2028, 1, 1);

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(System.getenv().getOrDefault("BENCH_REPORT_ROWS", "1000000"));
        int large = Integer.parseInt(System.getenv().getOrDefault("BENCH_REPORT_ROWS_LARGE", "5000000"));
        ConfigurableApplicationContext app = BenchApp.start();
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Api api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            ReportCompiler compiler = app.getBean(ReportCompiler.class);

            double generated = generate(jdbc, 1, rows);
            System.out.printf("%nreport: %,d complaints in MariaDB (generated in %.1f s)%n", rows, generated);
            plan(jdbc);
            double small = timeReport(compiler);
            double[] dashboard = timeDashboard(api, 20);

            double more = large > rows ? generate(jdbc, rows + 1, large) : 0;
            double big = Double.NaN;
            if (large > rows) {
                System.out.printf(
                        "%nreport: %,d complaints in MariaDB (%,d more generated in %.1f s)%n",
                        large, large - rows, more);
                big = timeReport(compiler);
            }
            System.out.printf("%n%-75s %10s  %s%n", "figure", "measured", "target");
            IntakeBenchmark.row(String.format("one month's report over %,d complaints", rows), fmt(small), "< 2 s");
            if (large > rows) {
                IntakeBenchmark.row(String.format("one month's report over %,d complaints", large), fmt(big), "< 2 s");
            }
            IntakeBenchmark.row(
                    String.format("dashboard for one month at %,d complaints, p95 of 20 loads (p50)", rows),
                    String.format("%.2f s (%.2f)", dashboard[1], dashboard[0]),
                    "< 1 s");
        } finally {
            app.close();
            System.exit(0);
        }
    }

    static String fmt(double seconds) {
        return String.format("%.2f s", seconds);
    }

    /** Complaints number {@code first}..{@code last}: number k was received k minutes before 2028-01-01. */
    static double generate(JdbcTemplate jdbc, int first, int last) {
        long t0 = System.nanoTime();
        // a million rows a statement (a smaller undo log than one statement for all), on one connection without the
        // unique and foreign key checks: the generated rows are known to satisfy them
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
                try {
                    for (int from = first; from <= last; from += 1_000_000) {
                        statement.execute(insert(from, Math.min(last, from + 999_999)));
                    }
                } finally {
                    statement.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1");
                }
                // fresh statistics, as a table that grew over years has
                statement.execute("ANALYZE TABLE complaint");
            }
            return null;
        });
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String insert(int first, int last) {
        String at = "TIMESTAMP('2028-01-01') - INTERVAL seq MINUTE";
        String old = "seq > 86400"; // older than 60 days
        // channels, categories, OPDs, states and times cycle so that every figure has data
        return "INSERT INTO complaint (ticket, channel, external_id, anonymous, body, category_code, status, opd_code, created_at, updated_at,"
                + " version, response_due_at, first_response_at, resolved_at, resolution_due_at, rating, reopen_count, escalation_level,"
                + " latitude, longitude, region)"
                + " SELECT CONCAT('BEN-', seq), ELT(1 + seq % 4, 'WEB', 'FACEBOOK', 'X', 'WHATSAPP'), CONCAT('bench-', seq), TRUE, 'Aduan uji beban',"
                + " ELT(1 + seq % 6, 'JALAN_RUSAK', 'SAMPAH', 'BANJIR', 'KEMACETAN', 'KESEHATAN', 'LAINNYA'),"
                + " IF(" + old + " AND seq % 1000 <> 7, ELT(1 + seq % 2, 'SELESAI', 'DITUTUP'),"
                + "    ELT(1 + seq % 5, 'DITERIMA', 'DIDISPOSISI', 'DIPROSES', 'SELESAI', 'DITUTUP')),"
                + " IF(seq % 5 = 0 AND NOT " + old
                + ", NULL, ELT(1 + seq % 4, 'DPUPR', 'DLHK', 'BPBD', 'DISHUB')),"
                + " " + at + ", " + at + ", 0,"
                + " " + at + " + INTERVAL 2880 MINUTE,"
                + " IF(seq % 5 < 2 AND NOT (" + old + " AND seq % 1000 <> 7), NULL, " + at
                + " + INTERVAL (seq % 4000) MINUTE),"
                + " IF(seq % 5 < 3 AND NOT (" + old + " AND seq % 1000 <> 7), NULL, " + at
                + " + INTERVAL (4000 + seq % 9000) MINUTE),"
                + " " + at + " + INTERVAL 10080 MINUTE,"
                + " IF(seq % 5 < 3, NULL, 1 + seq % 5), IF(seq % 17 = 0, 1, 0), IF(seq % 5 = 1, seq % 4, 0),"
                + " -8.9 + (seq % 600) / 1000, 116.0 + (seq % 613) / 1000,"
                + " ELT(1 + seq % 3, 'KOTA_MATARAM', 'KAB_LOMBOK_TIMUR', 'KAB_SUMBAWA')"
                + " FROM seq_" + first + "_to_" + last;
    }

    /** The plan of the month's main query: it must read a range of created_at, whatever the history. */
    static void plan(JdbcTemplate jdbc) {
        List<Map<String, Object>> plan = jdbc.queryForList(
                "EXPLAIN SELECT COALESCE(c.opd_code, '-') opd, COUNT(*) FROM complaint c WHERE c.created_at >= ?"
                        + " AND c.created_at < ? AND c.duplicate_of_id IS NULL GROUP BY COALESCE(c.opd_code, '-')",
                java.sql.Timestamp.valueOf(FROM.atStartOfDay()),
                java.sql.Timestamp.valueOf(TO.atStartOfDay()));
        for (Map<String, Object> row : plan) {
            System.out.printf(
                    "  plan of the month's query: type %s, key %s, rows %s, %s%n",
                    row.get("type"), row.get("key"), row.get("rows"), row.get("Extra"));
        }
    }

    static double timeReport(ReportCompiler compiler) {
        compiler.compile(FROM.minusMonths(1), FROM); // warm-up: November
        long t1 = System.nanoTime();
        ReportFigures f = compiler.compile(FROM, TO);
        double seconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(
                "  compiling December 2027 (%,d complaints, %d OPD rows, %,d overdue): %.2f s (target < 2 s)%n",
                f.received(), f.opds().size(), f.overdue(), seconds);
        return seconds;
    }

    /** The supervisors' dashboard of December 2027 loaded {@code loads} times by the Sekda: p50 and p95 in s. */
    static double[] timeDashboard(Api api, int loads) {
        String path = "/dashboard?from=" + FROM + "&to=" + TO;
        Api.Response first = api.get(path, "sekda", "tanggap");
        if (first.status() != 200) {
            throw new IllegalStateException("dashboard answered " + first.status());
        }
        long[] times = new long[loads];
        for (int i = 0; i < loads; i++) {
            long t = System.nanoTime();
            api.get(path, "sekda", "tanggap");
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        double p50 = IntakeBenchmark.ms(times, 0.5) / 1000;
        double p95 = IntakeBenchmark.ms(times, 0.95) / 1000;
        System.out.printf(
                "  dashboard of December 2027 as a supervisor, %d loads: p50 %.2f s, p95 %.2f s, max %.2f s (target p95 < 1 s)%n",
                loads, p50, p95, times[loads - 1] / 1e9);
        return new double[] {p50, p95};
    }
}
