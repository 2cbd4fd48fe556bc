package id.tanggap.complaint;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.InMemoryZeebe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the official sees at the head of a case's task forms (issue 19), read from the variables the engine hands the
 * user task, as Tasklist would: the category, urgency and OPD by name, the address, the app's own photos as images
 * (a link from elsewhere only as text), a staff-only map of the place, the deadline in words and the history so far,
 * kept up to date as the case moves (coordination, resolution, reopening).
 */
@Tag("scenario")
class TaskFormHeaderIT extends CaseScenarioTest {

    private static final String BASE = "https://tanggap.ntbprov.example";

    @Test
    void everyFormOfTheCaseStartsWithWhatTheOfficialNeedsToDecide() throws Exception {
        var c = cases.submit("JALAN_RUSAK");
        long complaintId = ((Number) cases.row(c).get("id")).longValue();
        // a photo sent through the app's own form, beside the two links the report came with
        String own = BASE + "/lampiran/0a1b2c3d4e5f60718293a4b5c6d7e8f9.jpg";
        jdbc.update(
                "INSERT INTO complaint_attachment (complaint_id, position_no, url) VALUES (?, 2, ?)", complaintId, own);

        // triage: the place, the links and the history are there before any OPD is chosen
        Map<String, Object> triage = taskVariables(c, "Task_TriageComplaint");
        assertThat(triage)
                .containsEntry("addressText", "Jl. Adi Sucipto, Ampenan, Mataram")
                .containsEntry("mapImageUrl", BASE + "/api/cases/" + c.ticket() + "/peta.png");
        assertThat(String.valueOf(triage.get("photoLinks"))).contains("https://foto.example/lubang-1.jpg");

        cases.triage(
                c,
                Map.of(
                        "triageDecision",
                        "VALID",
                        "category",
                        "JALAN_RUSAK",
                        "urgency",
                        "IMPORTANT",
                        "complaintType",
                        "SIMPLE"));
        Map<String, Object> respond = taskVariables(c, "Task_RespondToComplaint");
        assertThat(respond)
                .containsEntry("categoryLabel", "Jalan dan jembatan rusak")
                .containsEntry("urgencyLabel", "Penting")
                .containsEntry("addressText", "Jl. Adi Sucipto, Ampenan, Mataram")
                // only the app's own upload is an image source: a typed or forwarded link would make the
                // reviewer's browser fetch any address
                .containsEntry("photoUrls", List.of(own))
                .containsEntry("mapImageUrl", BASE + "/api/cases/" + c.ticket() + "/peta.png");
        assertThat(String.valueOf(respond.get("opdName"))).startsWith("Dinas Pekerjaan Umum");
        assertThat(String.valueOf(respond.get("photoLinks")))
                .contains("https://foto.example/lubang-1.jpg", "https://foto.example/lubang-2.jpg", own);
        assertThat(String.valueOf(respond.get("responseDueLabel")))
                .contains("WITA")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        assertThat(String.valueOf(respond.get("historyText")))
                .contains("Aduan diverifikasi", "Diteruskan ke Dinas Pekerjaan Umum")
                .contains("WITA");

        // the lead and the supporting OPD read names, never codes, and the history names the coordination
        cases.complete(
                c,
                "Task_RespondToComplaint",
                vars(
                        "responseOutcome",
                        "NEEDS_COORDINATION",
                        "responseText",
                        "Jalan ditangani bersama Dinas Perhubungan.",
                        "publicReplyUrl",
                        "https://x.com/puprntb/status/7",
                        "supportingOpds",
                        List.of("DISHUB")));
        cases.awaitStatus(c, "KOORDINASI");
        var contribute = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> ENGINE.openUserTasks().stream()
                                .filter(t -> t.elementId().equals("Task_ContributeToFollowUp")
                                        && c.ticket()
                                                .equals(runtime.variables(t.processInstanceKey())
                                                        .get("ticket")))
                                .findFirst()
                                .orElse(null),
                        t -> t != null);
        String dishub = jdbc.queryForObject("SELECT name FROM opd WHERE code = 'DISHUB'", String.class);
        Map<String, Object> contributeVars = await().atMost(Duration.ofSeconds(10))
                .until(() -> ENGINE.userTaskVariables(contribute), v -> v.get("supportingOpdName") != null);
        assertThat(contributeVars)
                .containsEntry("supportingOpdName", dishub)
                .containsEntry("categoryLabel", "Jalan dan jembatan rusak")
                .containsEntry("urgencyLabel", "Penting")
                .containsEntry("addressText", "Jl. Adi Sucipto, Ampenan, Mataram")
                .containsEntry("photoUrls", List.of(own));
        assertThat(String.valueOf(contributeVars.get("historyText"))).contains("Koordinasi lintas OPD");
        runtime.completeUserTask(contribute.key(), vars("contribution", "Dishub memasang rambu hati-hati."));
        var consolidate = runtime.awaitUserTask(contribute.processInstanceKey(), "Task_ConsolidateJointFollowUp");
        Map<String, Object> lead = ENGINE.userTaskVariables(ENGINE.openUserTasks().stream()
                .filter(t -> t.key() == consolidate.key())
                .findFirst()
                .orElseThrow());
        assertThat((List<?>) lead.get("contributions")).singleElement().satisfies(row -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> contribution = (Map<String, Object>) row;
            assertThat(contribution)
                    .containsEntry("opdName", dishub)
                    .containsEntry("contribution", "Dishub memasang rambu hati-hati.");
        });
        runtime.completeUserTask(consolidate.key(), vars("jointFollowUp", "Rambu dipasang, lubang ditambal PUPR."));

        // verify-closure reads the complaint, the resolution, its evidence and the rating in the history
        cases.awaitStatus(c, "DIPROSES");
        cases.resolve(c, "Lubang sudah ditambal dan rambu dipasang.");
        assertThat(cases.rate(c, 2).status()).isLessThan(300);
        Map<String, Object> reopened = taskVariables(c, "Task_ResolveComplaint");
        assertThat(String.valueOf(reopened.get("historyText")))
                .contains("Tindak lanjut selesai: Lubang sudah ditambal", "Dibuka kembali: pelapor memberi nilai 2")
                .contains("Penilaian pelapor: 2 dari 5");

        cases.resolve(c, "Lubang ditambal ulang dengan aspal panas.");
        assertThat(cases.rate(c, 4).status()).isLessThan(300);
        Map<String, Object> verify = taskVariables(c, "Task_VerifyClosure");
        assertThat(verify)
                .containsEntry("resolutionText", "Lubang ditambal ulang dengan aspal panas.")
                .containsEntry("evidenceUrls", "https://foto.example/sesudah-1.jpg")
                .containsEntry("categoryLabel", "Jalan dan jembatan rusak")
                .containsEntry("photoUrls", List.of(own));
        assertThat(String.valueOf(verify.get("historyText")))
                .contains("Tindak lanjut selesai: Lubang ditambal ulang", "Dibuka kembali");
    }

    @Test
    void theMapIsAnImageForStaffWhoMayReadTheCaseAndNobodyElse() throws Exception {
        var c = cases.submit("JALAN_RUSAK");
        cases.triageValid(c, "JALAN_RUSAK");
        cases.task(c, "Task_RespondToComplaint");
        String path = "/api/cases/" + c.ticket() + "/peta.png";

        HttpResponse<byte[]> own = get(path, "pupr");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        BufferedImage map = ImageIO.read(new ByteArrayInputStream(own.body()));
        assertThat(map.getWidth()).isEqualTo(CaseMapImage.WIDTH);
        assertThat(map.getHeight()).isEqualTo(CaseMapImage.HEIGHT);
        // the red marker sits in the middle
        int rgb = map.getRGB(CaseMapImage.WIDTH / 2, CaseMapImage.HEIGHT / 2);
        assertThat((rgb >> 16) & 0xff).isGreaterThan(150);
        assertThat(rgb & 0xff).isLessThan(80);

        // another OPD's staff and the public see neither the map nor where the complaint is
        assertThat(get(path, "dlhk").statusCode()).isEqualTo(403);
        assertThat(get(path, null).statusCode()).isEqualTo(401);
    }

    private Map<String, Object> taskVariables(Cases.Case c, String elementId) {
        var view = cases.task(c, elementId);
        InMemoryZeebe.OpenUserTask task = ENGINE.openUserTasks().stream()
                .filter(t -> t.key() == view.key())
                .findFirst()
                .orElseThrow();
        return ENGINE.userTaskVariables(task);
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
