package id.tanggap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * script/backup against the test database: the dump restores into an empty database with the same
 * tables and row counts (the audit trail's append-only triggers included), the uploads are in the
 * archive, and the Camunda and Elasticsearch parts, not configured here, are named as skipped.
 * The restore database is TANGGAP_TEST_RESTORE_DB_URL (script/test creates it).
 */
class BackupScriptIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void theDumpRestoresWithTheSameRowCountsAndTheUnconfiguredPartsAreSaidToBeSkipped(@TempDir Path tmp)
            throws Exception {
        String restoreUrl = System.getenv().getOrDefault("TANGGAP_TEST_RESTORE_DB_URL", url + "_restore");
        try (Connection probe = DriverManager.getConnection(restoreUrl, user, password)) {
            probe.isValid(5);
        } catch (SQLException e) {
            Assumptions.abort("no restore database " + restoreUrl + " (script/test creates it): " + e.getMessage());
        }
        // some data: a case (with its timeline, outbox row, audit...) and an uploaded photo
        var cases = new Cases(new Api(port), runtime, jdbc);
        var reported = cases.submit("JALAN_RUSAK");
        cases.task(reported, "Task_TriageComplaint"); // settled: nothing more is written for it meanwhile
        Path uploads = Files.createDirectories(tmp.resolve("uploads/2026"));
        Files.writeString(uploads.resolve("foto.jpg"), "bukan foto sungguhan");

        Path backups = tmp.resolve("backups");
        var run = run(
                List.of(NodeTool.repoDir().resolve("script/backup").toString()),
                Map.of(
                        "TANGGAP_DB_URL", url,
                        "TANGGAP_DB_USER", user,
                        "TANGGAP_DB_PASSWORD", password,
                        "TANGGAP_UPLOAD_DIR", tmp.resolve("uploads").toString(),
                        "BACKUP_DIR", backups.toString()));
        Map<String, Long> source = rowCounts(url);
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("--single-transaction", "camunda: SKIPPED", "elasticsearch: SKIPPED");

        Path folder;
        try (Stream<Path> dated = Files.list(backups)) {
            folder = dated.findFirst().orElseThrow();
        }
        assertThat(folder.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{6}Z");
        assertThat(Files.readString(folder.resolve("MANIFEST")))
                .contains("mysql.sql.gz", "uploads.tar.gz", "camunda: SKIPPED", "elasticsearch: SKIPPED");
        assertThat(Files.readString(folder.resolve("SHA256SUMS"))).contains("mysql.sql.gz", "uploads.tar.gz");
        var listing = run(List.of("tar", "tzf", folder.resolve("uploads.tar.gz").toString()), Map.of());
        assertThat(listing.output()).contains("./2026/foto.jpg");

        // restore into the empty database, as an operator would
        Matcher m = Pattern.compile("jdbc:(?:mysql|mariadb)://([^:/]+):(\\d+)/([^?]+)")
                .matcher(restoreUrl);
        assertThat(m.find()).as(restoreUrl).isTrue();
        emptyDatabase(restoreUrl);
        String client = Files.isExecutable(Path.of("/usr/bin/mariadb")) ? "mariadb" : "mysql";
        var restore = run(
                List.of(
                        "bash",
                        "-c",
                        "gzip -dc \"$1\" | " + client + " -h \"$2\" -P \"$3\" -u \"$4\" \"$5\"",
                        "restore",
                        folder.resolve("mysql.sql.gz").toString(),
                        m.group(1),
                        m.group(2),
                        user,
                        m.group(3)),
                Map.of("MYSQL_PWD", password));
        assertThat(restore.status()).as(restore.output()).isZero();

        Map<String, Long> restored = rowCounts(restoreUrl);
        assertThat(source).containsKeys("complaint", "audit_log", "flyway_schema_history");
        assertThat(source.get("complaint")).isPositive();
        assertThat(restored).isEqualTo(source);
        // the append-only audit trail came back with its triggers
        assertThat(triggers(restoreUrl)).isEqualTo(triggers(url)).contains("audit_log_no_delete");
    }

    private List<String> triggers(String jdbcUrl) throws SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT trigger_name FROM information_schema.triggers"
                        + " WHERE trigger_schema = DATABASE() ORDER BY trigger_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    record Run(int status, String output) {}

    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), output);
    }

    private Map<String, Long> rowCounts(String jdbcUrl) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs =
                    s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                            + " AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private void emptyDatabase(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                s.execute("DROP TABLE IF EXISTS `" + table + "`");
            }
        }
    }
}
