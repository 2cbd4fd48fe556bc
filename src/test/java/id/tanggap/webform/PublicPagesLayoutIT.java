package id.tanggap.webform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages and the login page in real headless Chromium at 360, 390 (phones) and 1280 px (desktop): no page
 * wider than the screen and no control covered by something else. Screenshots go to target/screenshots/ for people
 * to look at ({@code script/screenshots} regenerates them); the assertions are on layout, never on pixels. axe-core
 * checks each page at phone and desktop width: no serious or critical accessibility violation.
 */
class PublicPagesLayoutIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void everyPublicPageFitsPhoneAndDesktopScreensWithNothingOverAControl() throws Exception {
        Api api = new Api(port);
        var filed = api.postWeb(
                Api.complaint("WEB", null, "JALAN_RUSAK", "Baiq Rahmi", false),
                UUID.randomUUID().toString());
        assertThat(filed.status()).as(filed.body()).isIn(200, 201, 202);
        String ticket = filed.json().get("ticket").asText();
        Path shots = NodeTool.repoDir().resolve("target/screenshots");

        NodeTool.Result run = NodeTool.run("e2e-public-layout.mjs", api.base(), ticket, shots.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper()
                .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());

        // the same checks on a page spoilt on purpose (a 600 px block, a layer over everything) do report both faults
        assertThat(report.get("canary"))
                .extracting(JsonNode::asText)
                .anyMatch(p -> p.startsWith("canary: page is") && p.contains("wide on a 360px screen"))
                .anyMatch(p -> p.equals("canary: button#kirim covered by div#penutup"));
        assertThat(report.get("problems")).as(report.get("problems").toString()).isEmpty();
        assertThat(report.get("a11y"))
                .as("axe-core, serious or critical: " + report.get("a11y"))
                .isEmpty();
        // 9 pages at 3 widths, each with its controls checked and a screenshot kept
        assertThat(report.get("checked")).hasSize(27);
        for (JsonNode c : report.get("checked")) {
            assertThat(Files.size(Path.of(c.get("screenshot").asText())))
                    .as(c.toString())
                    .isPositive();
            if (c.get("page").asText().startsWith("aduan")
                    || c.get("page").asText().equals("login")) {
                assertThat(c.get("controls").asInt())
                        .as("the controls were found and checked: " + c)
                        .isGreaterThan(2);
            }
        }
    }
}
