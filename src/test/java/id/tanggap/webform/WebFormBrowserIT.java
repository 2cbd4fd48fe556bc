package id.tanggap.webform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public web form in real headless Chromium: validation, a photo upload, a confidential report, the tracking page. */
class WebFormBrowserIT extends IntegrationTest {

    /** A 1x1 PNG. */
    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResidentFilesAComplaintWithAPhotoAndFollowsIt(@TempDir Path dir) throws Exception {
        Path photo = dir.resolve("pohon.png");
        Files.write(photo, Base64.getDecoder().decode(PNG));
        NodeTool.Result run = NodeTool.run(
                "e2e-web-form.mjs",
                new Api(port).base(),
                photo.toString(),
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper()
                .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());

        assertThat(report.get("errors"))
                .extracting(JsonNode::asText)
                .anyMatch(e -> e.startsWith("Isi aduan:"))
                .anyMatch(e -> e.startsWith("Nama:"));
        String ticket = report.get("ticket").asText();
        assertThat(report.get("status").asText()).isEqualTo("Aduan diterima");
        assertThat(report.get("pageText").asText()).contains("Pohon tumbang").doesNotContain("Baiq Rahmi");

        Map<String, Object> row = ComplaintRows.row(jdbc, ticket);
        assertThat(row.get("channel")).isEqualTo("WEB");
        assertThat(row.get("confidential")).isIn(true, 1, (byte) 1);
        assertThat(row.get("category_code")).isEqualTo("POHON");
        String url = ComplaintRows.attachmentUrls(jdbc, ticket).get(0);
        String name = url.substring(url.lastIndexOf('/') + 1);
        assertThat(name).matches("[0-9a-f]{32}\\.png");
        var photoResponse = new Api(port).get("/lampiran/" + name);
        assertThat(photoResponse.status()).isEqualTo(200);
        assertThat(photoResponse.contentType()).isEqualTo("image/png");
        assertThat(new Api(port).get("/lampiran/../../etc/passwd").status()).isIn(400, 404);
    }
}
