package id.tanggap.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monitoring results page and the hoax register in headless Chromium (tools/e2e-monitoring-hoax.mjs), with a
 * cookie session: a hoax domain is registered and listed, a clarification that is no http(s) link is refused
 * with what was typed kept as text (no markup runs), no CSP refusal; an unconnected PUPR account is shown
 * "Belum terhubung" to Diskominfo and to the head of Dinas PUPR, who sees PUPR only and no OPD filter.
 */
class MonitoringHoaxBrowserIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void diskominfoRegistersAHoaxAndTheHeadSeesOwnOpdResults() throws Exception {
        OfficialAccount a = new OfficialAccount(
                "INSTAGRAM",
                "1784" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                "pupr.belum." + UUID.randomUUID().toString().substring(0, 6),
                "https://www.instagram.com/pupr.uji",
                "DPUPR",
                null,
                "SUBMITTED",
                null,
                Instant.now());
        a.verified(Instant.now());
        a = accounts.save(a);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String domain = "hoaks-" + suffix + ".example";
        String clarification = "https://komdigi.example/klarifikasi/" + suffix;

        NodeTool.Result run = NodeTool.run(
                "e2e-monitoring-hoax.mjs",
                new Api(port).base(),
                domain,
                clarification,
                a.getId().toString(),
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper()
                .readTree(run.output().lines().reduce((x, y) -> y).orElseThrow());

        assertThat(report.get("hoaxTitle").asText()).isEqualTo("Daftar hoaks");
        assertThat(report.get("errors").toString()).contains("klarifikasi: harus tautan http(s)");
        assertThat(report.get("keptAddress").asText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(report.get("injectedImages").asInt()).isZero();
        assertThat(report.get("saved").asText()).contains(domain);
        assertThat(report.get("entries").toString()).contains(domain);
        assertThat(report.get("verdicts").get(0).asText()).isEqualTo("Disinformasi");
        assertThat(report.get("clarificationHref").asText()).isEqualTo(clarification);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM hoax_entry WHERE match_key = ? AND kind = 'DOMAIN'",
                        Integer.class,
                        domain))
                .isEqualTo(1);

        assertThat(report.get("monitoringTitle").asText()).isEqualTo("Kepatuhan akun media sosial resmi");
        assertThat(report.get("opdOptions").asInt()).isGreaterThan(1);
        assertThat(report.get("accountState").asText()).isEqualTo("Belum terhubung");
        assertThat(report.get("headOpds")).extracting(JsonNode::asText).containsExactly("DPUPR");
        assertThat(report.get("headSeesAccount").asInt()).isEqualTo(1);
        assertThat(report.get("headFilter").asInt()).isZero();
        assertThat(report.get("consoleErrors")).isEmpty();
        // the refused entry answered 400 on purpose; nothing else failed
        assertThat(report.get("failedRequests"))
                .extracting(JsonNode::asText)
                .allMatch(f -> f.equals("400 /hoaks") || f.endsWith("/favicon.ico"));
        ComplianceRuns.retire(accounts, a);
    }
}
