package id.tanggap.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import id.tanggap.webform.Uploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The evidence page and the tracking page in real headless Chromium: refusals keep the form, the photo shows as "after". */
class EvidenceBrowserIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Uploads uploads;

    @Test
    void theOpdUploadsEvidenceInTheBrowserAndTheComplainantSeesBeforeAndAfter(@TempDir Path dir) throws Exception {
        Cases cases = new Cases(new Api(port), runtime, jdbc);
        var c = cases.submitJson(
                Api.complaint("WEB", "bukti-" + UUID.randomUUID(), "JALAN_RUSAK", "Baiq Nurul", false));
        // the citizen's own photo, stored as the web form stores it
        Uploads.Photo citizen = uploads.check(EvidenceUploadIT.PNG, "foto");
        uploads.save(List.of(citizen));
        ComplaintRows.attach(jdbc, c.ticket(), "https://tanggap.ntbprov.example/lampiran/" + citizen.name());
        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Tim DPUPR memeriksa lokasi.");
        cases.resolve(c, "Lubang sudah ditambal.");
        String code = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);

        Path photo = dir.resolve("sesudah.png");
        Files.write(photo, EvidenceUploadIT.PNG);
        Path fake = dir.resolve("bukan-foto.png");
        Files.writeString(fake, "<script>alert('x')</script>");
        NodeTool.Result run = NodeTool.run(
                "e2e-evidence.mjs",
                new Api(port).base(),
                "pupr",
                c.ticket(),
                code,
                photo.toString(),
                fake.toString(),
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper()
                .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());

        assertThat(report.get("statuses")).extracting(JsonNode::asInt).containsExactly(400, 400, 302);
        assertThat(report.get("badErrors").toString()).contains("harus foto JPEG atau PNG");
        assertThat(report.get("badCaptionKept").asText()).isEqualTo("Jalan sudah diaspal ulang");
        assertThat(report.get("badCheckboxKept").asBoolean()).isTrue();
        assertThat(report.get("uncheckedErrors").toString()).contains("wajah dan data pribadi");
        assertThat(report.get("saved").asText()).startsWith("1 foto bukti tersimpan");
        assertThat(report.get("listed").asInt()).isEqualTo(1);
        assertThat(report.get("listedLoaded").asBoolean()).isTrue();
        assertThat(report.get("before").asInt()).isEqualTo(1);
        assertThat(report.get("after").asInt()).isEqualTo(1);
        String stored = jdbc.queryForObject(
                "SELECT file_name FROM evidence_photo WHERE complaint_id = ?",
                String.class,
                ComplaintRows.id(jdbc, c.ticket()));
        assertThat(report.get("afterSrc").get(0).asText()).isEqualTo("/lampiran/" + stored);
        assertThat(report.get("consoleErrors")).isEmpty();
    }
}
