package id.tanggap.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.routing.LoadOpdOptionsWorker;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * tools/e2e-master-data.mjs in headless Chromium: Diskominfo logs in through the login form, is refused an OPD without
 * a name (the typed values kept, the markup typed shown as text), adds the OPD and a holiday through the pages and sees
 * each in its list and its history; the OPD is then offered by the task forms' options and the holiday is stored.
 */
class MasterDataBrowserIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoadOpdOptionsWorker opdOptions;

    @Test
    void diskominfoAddsAnOpdAndAHolidayThroughThePagesAndSeesThemListedWithHistory() throws Exception {
        String code = "PERAMBAN"
                + UUID.randomUUID()
                        .toString()
                        .substring(0, 6)
                        .toUpperCase(Locale.ROOT)
                        .replace('-', '0');
        LocalDate day =
                LocalDate.of(2097, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));

        NodeTool.Result run = NodeTool.run(
                "e2e-master-data.mjs",
                "http://localhost:" + port,
                code,
                day.toString(),
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper()
                .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());

        assertThat(report.get("indexTitle").asText()).isEqualTo("Data induk");
        assertThat(report.get("opdTitle").asText()).isEqualTo("Perangkat daerah (OPD)");
        assertThat(texts(report, "errors")).anyMatch(e -> e.startsWith("nama: wajib diisi"));
        assertThat(report.get("keptCode").asText()).isEqualTo(code);
        assertThat(report.get("keptShortName").asText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(report.get("injectedImages").asInt()).isZero();

        assertThat(report.get("opdSaved").asText()).contains(code);
        assertThat(report.get("opdRow").asText()).contains("Dinas Uji Peramban", "uji@ntbprov.example", "aktif");
        assertThat(texts(report, "opdHistory"))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("diskominfo", "Dibuat", "nama: Dinas Uji Peramban"));

        assertThat(report.get("holidaySaved").asText()).contains(day.toString());
        assertThat(report.get("holidayYear").asText()).isEqualTo(String.valueOf(day.getYear()));
        assertThat(report.get("holidayRow").asText()).contains("Libur Uji Peramban");
        assertThat(texts(report, "holidayHistory"))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("diskominfo", "Dibuat", "Libur Uji Peramban"));
        assertThat(texts(report, "latest")).anyMatch(r -> r.contains(code)).anyMatch(r -> r.contains(day.toString()));

        // the 400 of the refused form is the one failed request; nothing else broke in the browser
        assertThat(texts(report, "failedRequests")).containsExactly("400 /data-induk/opd");
        assertThat(report.get("consoleErrors")).isEmpty();

        assertThat(opdOptions.loadOpdOptions().opdOptions())
                .extracting(LoadOpdOptionsWorker.Option::value)
                .contains(code);
        assertThat(jdbc.queryForObject("SELECT name FROM holiday WHERE holiday_date = ?", String.class, day))
                .isEqualTo("Libur Uji Peramban");
    }

    private static java.util.List<String> texts(JsonNode report, String field) {
        return StreamSupport.stream(report.get(field).spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
