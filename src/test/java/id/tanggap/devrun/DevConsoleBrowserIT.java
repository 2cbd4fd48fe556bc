package id.tanggap.devrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The foundation's "done when", in real headless Chromium: a posted complaint produces an open task
 * that is completed from the dev console with its Camunda form, after which the public tracking
 * page shows the response. Screenshots land in target/screenshots.
 */
class DevConsoleBrowserIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOpdCompletesItsTaskWithTheFormAndThePublicSeesTheResponse() throws Exception {
        Api api = new Api(port);
        Cases cases = new Cases(api, runtime, jdbc);
        var c = cases.submitJson(Api.complaint("WEB", "browser-" + UUID.randomUUID(), "SAMPAH", "Ni Luh Putu", false));
        String ticket = c.ticket();
        cases.triageValid(c, "SAMPAH");
        var task = cases.task(c, "Task_RespondToComplaint");

        NodeTool.Result run = NodeTool.run(
                "e2e-dev-task.mjs",
                api.base(),
                Long.toString(task.key()),
                ticket,
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper()
                .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());

        assertThat(report.get("taskListed").asBoolean()).isTrue();
        assertThat(report.get("formText").asText())
                .contains(ticket, "Sampah dan kebersihan", "WITA")
                .doesNotContain("SAMPAH");
        assertThat(report.get("complaintText").asText()).contains("Pasar Kebon Roek");
        assertThat(report.get("complaintTextReadonly").asBoolean()).isTrue();
        assertThat(report.get("emptySubmit").asText()).isEqualTo("Lengkapi isian yang wajib.");
        assertThat(report.get("result").asText()).isEqualTo("Tugas selesai.");
        assertThat(report.get("trackingStatus").asText()).isEqualTo("Sedang ditindaklanjuti");
        assertThat(report.get("trackingResponse").asText())
                .isEqualTo("Petugas DLHK mengangkut sampah di lokasi pada pagi ini.");
        assertThat(report.get("trackingTimeline"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "Aduan diterima", "Aduan diverifikasi", "Didisposisikan ke OPD", "Sedang ditindaklanjuti");
        // a web case has no public post to reply under: the form does not ask for the link, none is stored
        assertThat(report.get("publicReplyLinkAsked").asBoolean()).isFalse();
        assertThat(ComplaintRows.value(jdbc, ticket, "public_reply_url", String.class))
                .isNull();
    }
}
