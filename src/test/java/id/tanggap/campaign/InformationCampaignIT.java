package id.tanggap.campaign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.devrun.DevMailText;
import id.tanggap.reporting.ReportCompiler;
import id.tanggap.reporting.ReportDocuments;
import id.tanggap.reporting.ReportFigures;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * information-campaign.bpmn on the engine, with X and the Graph API served locally: staff are
 * invited, report shares through their personal link (checked against the platform), shares on
 * registered accounts are detected halfway, those who have not shared are reminded, and at the end
 * the DMN judges every OPD and person; the evaluation reaches Diskominfo, the OPD heads, the
 * Governor's report and the dashboard with numbers that match the data set.
 */
class InformationCampaignIT extends IntegrationTest {

    private static final DateTimeFormatter GRAPH =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);
    private static final Pattern PERSONAL_LINK =
            Pattern.compile("https?://\\S+/kampanye/(\\d+)/bagikan\\?staf=([^&\\s]+)&t=([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ShareLinks shareLinks;

    @Autowired
    ReportCompiler reports;

    @Autowired
    ReportDocuments documents;

    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));

    private Api api() {
        return new Api(port);
    }

    private String opd(String suffix, String email) {
        String code = "KMP" + suffix + run;
        jdbc.update(
                "INSERT INTO opd (code, name, short_name, candidate_group, email) VALUES (?, ?, ?, ?, ?)",
                code,
                "Dinas Uji Kampanye " + suffix + " " + run,
                "Uji " + suffix,
                "opd-" + code.toLowerCase(),
                email);
        return code;
    }

    private String nip(int n) {
        return "19900101" + run + "1" + String.format("%03d", n);
    }

    private static String fill(String fixture, Map<String, String> values) {
        String s = TestPlatforms.fixture(fixture);
        for (var e : values.entrySet()) {
            s = s.replace("${" + e.getKey() + "}", e.getValue());
        }
        return s;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private void tweet(String id, String username, Instant at, String link) {
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/x/2/tweets/" + id))
                        .atPriority(1)
                        .willReturn(json(fill(
                                "x-tweet-lookup.json",
                                Map.of(
                                        "id",
                                        id,
                                        "text",
                                        "Program beasiswa NTB dibuka, daftar di " + link,
                                        "authorId",
                                        "9" + id.substring(1, 12),
                                        "createdAt",
                                        at.toString(),
                                        "link",
                                        link,
                                        "authorName",
                                        "Pegawai " + username,
                                        "username",
                                        username)))));
    }

    private void instagram(String handle, String shortcode, Instant at, String caption) {
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/graph/17841400000000999"))
                        .atPriority(1)
                        .withQueryParam("fields", containing("username(" + handle + ")"))
                        .willReturn(json(fill(
                                "graph-ig-business-discovery.json",
                                Map.of(
                                        "username",
                                        handle,
                                        "mediaId",
                                        "1789" + run + shortcode.length(),
                                        "caption",
                                        caption,
                                        "shortcode",
                                        shortcode,
                                        "timestamp",
                                        GRAPH.format(at))))));
    }

    private long instanceOf(long campaignId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> ENGINE.processInstances("information-campaign").stream()
                                .filter(k -> Long.valueOf(campaignId)
                                        .equals(((Number) ENGINE.processVariables(k)
                                                        .getOrDefault("campaignId", -1))
                                                .longValue()))
                                .findFirst()
                                .orElse(null),
                        k -> k != null);
    }

    private static String text(MimeMessage m) {
        try {
            return DevMailText.plainText(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage mail(String to, String subjectPart) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> TestMail.to(to).stream()
                                .filter(m -> TestMail.subjectOf(m).contains(subjectPart))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
    }

    /** The personal link in a staff member's invitation: [campaign id, staff id, token, whole link]. */
    private static String[] personalLink(String email) {
        Matcher m = PERSONAL_LINK.matcher(text(mail(email, "Ajakan")));
        assertThat(m.find()).isTrue();
        return new String[] {m.group(1), m.group(2), m.group(3), m.group(0)};
    }

    private Api.Response share(String[] link, String url) {
        return api().post(
                        "/api/campaigns/" + link[0] + "/shares",
                        "{\"staffId\":\"" + link[1] + "\",\"url\":\"" + url + "\",\"token\":\"" + link[2] + "\"}");
    }

    private long createCampaign(
            String programme, String contentUrl, List<String> opds, Instant start, Instant end, int expected) {
        Api.Response created = api().postAs(
                        "diskominfo",
                        "/api/campaigns",
                        "application/json",
                        String.format(
                                "{\"programme\":\"%s\",\"contentUrl\":\"%s\",\"targetOpds\":[\"%s\"],\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"expectedParticipation\":%d}",
                                programme, contentUrl, String.join("\",\"", opds), start, end, expected));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void theListAndTheCampaignPageNameTheStatusInIndonesianNotByItsCode() {
        String d = opd("S", null);
        // far ahead, so that the engine clock of the other scenarios never opens it
        Instant start = Instant.now().plus(java.time.Duration.ofDays(420));
        long id = createCampaign(
                "Status Uji " + run,
                "https://ntbprov.go.id/program/status-" + run,
                List.of(d),
                start,
                start.plus(java.time.Duration.ofDays(2)),
                50);
        String list = api().get("/kampanye", "diskominfo", "tanggap").body();
        Matcher row = Pattern.compile("data-id=\"" + id + "\".*?</tr>", Pattern.DOTALL)
                .matcher(list);
        assertThat(row.find()).as(list).isTrue();
        assertThat(row.group())
                .contains("<td class=\"status\">Dijadwalkan</td>")
                .doesNotContain("DIJADWALKAN");
        assertThat(api().get("/kampanye/" + id, "diskominfo", "tanggap").body())
                .contains("<dd id=\"status\">Dijadwalkan</dd>")
                .doesNotContain("DIJADWALKAN");
    }

    @Test
    void theSharePageIsClosedWithAnIndonesianMessageOnceTheCampaignEnded() {
        String d = opd("T", null);
        Instant start = Instant.now().plus(java.time.Duration.ofDays(400));
        long id = createCampaign(
                "Tutup Uji " + run,
                "https://ntbprov.go.id/program/tutup-" + run,
                List.of(d),
                start,
                start.plus(java.time.Duration.ofDays(2)),
                50);
        String staff = nip(9);
        String link = shareLinks.url(id, staff).replaceFirst("^https?://[^/]+", "");
        String open = api().get(link).body();
        assertThat(open).contains("id=\"url\"").doesNotContain("id=\"closed\"");
        // as the campaign process leaves it after the window
        jdbc.update("UPDATE campaign SET status = 'SELESAI' WHERE id = ?", id);
        String closed = api().get(link).body();
        assertThat(closed)
                .contains("id=\"closed\"", "Kampanye ini sudah berakhir")
                .doesNotContain("id=\"url\"", "<form");
    }

    @Test
    void aCampaignInvitesCountsRemindsAndIsEvaluatedPerOpdAndPerPerson() throws Exception {
        String a = opd("A", "dinas.a." + run + "@ntbprov.example");
        String b = opd("B", "dinas.b." + run + "@ntbprov.example");
        jdbc.update(
                "INSERT INTO official (nip, name, position_title, echelon, opd_code, email) VALUES (?, ?, ?, 'II', ?, ?)",
                "19700101" + run + "9001",
                "Ir. Kepala Uji " + run,
                "Kepala Dinas",
                a,
                "kadis.a." + run + "@ntbprov.example");
        String a1 = nip(1), a2 = nip(2), a3 = nip(3), a4 = nip(4), b1 = nip(5), b2 = nip(6);
        String x1 = "ka1" + run,
                x2 = "ka2" + run,
                xb1 = "kb1" + run,
                ig1 = "a1.ig." + run,
                ig3 = "a3.ig." + run,
                fb4 = "a4.page." + run;
        Api.Response imported = api().postAs(
                        "diskominfo",
                        "/api/inventory/import",
                        "text/csv",
                        "nip,nama,opd,jenis,email,facebook,instagram,x\n"
                                + a1 + ",Baiq Nurul Aini," + a + ",ASN,a1." + run + "@ntbprov.example,," + ig1 + ","
                                + x1 + "\n"
                                + a2 + ",Lalu Satria," + a + ",ASN,a2." + run + "@ntbprov.example,,," + x2 + "\n"
                                + a3 + ",Ni Luh Sari," + a + ",ASN,a3." + run + "@ntbprov.example,," + ig3 + ",\n"
                                + a4 + ",Muhammad Zaini," + a + ",ASN,a4." + run + "@ntbprov.example," + fb4 + ",,\n"
                                + b1 + ",Dewi Anggraini," + b + ",ASN,b1." + run + "@ntbprov.example,,," + xb1 + "\n"
                                + b2 + ",Ahmad Fauzi," + b + ",ASN,,,,\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        Instant start = ENGINE.now().minus(Duration.ofMinutes(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant end = start.plus(Duration.ofDays(4));
        String content = "https://ntbprov.go.id/program/beasiswa-ntb-" + run;
        // bad input first: nothing is created
        Api.Response bad = api().postAs(
                        "diskominfo",
                        "/api/campaigns",
                        "application/json",
                        "{\"programme\":\"\",\"contentUrl\":\"bukan-tautan\",\"targetOpds\":[\"TIDAK_ADA\"],\"startsAt\":\""
                                + end + "\",\"endsAt\":\"" + start + "\",\"expectedParticipation\":0}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field"))
                .contains("programme", "contentUrl", "targetOpds", "endsAt", "expectedParticipation");
        assertThat(api().postAs("pupr", "/api/campaigns", "application/json", "{}")
                        .status())
                .isEqualTo(403);

        long id = createCampaign("Beasiswa NTB " + run, content, List.of(a, b), start, end, 50);
        // a retry of the same request is the same campaign
        Api.Response again = api().postAs(
                        "diskominfo",
                        "/api/campaigns",
                        "application/json",
                        String.format(
                                "{\"programme\":\"Beasiswa NTB %s\",\"contentUrl\":\"%s\",\"targetOpds\":[\"%s\",\"%s\"],\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"expectedParticipation\":50}",
                                run, content, a, b, start, end));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        long instance = instanceOf(id);

        // invitations: everyone targeted with an address, once, with the content and their personal link
        String[] link1 = personalLink("a1." + run + "@ntbprov.example");
        assertThat(text(mail("a1." + run + "@ntbprov.example", "Ajakan"))).contains(content, "Baiq Nurul Aini");
        for (String who : List.of("a2", "a3", "a4", "b1")) {
            mail(who + "." + run + "@ntbprov.example", "Ajakan");
        }
        String[] link2 = personalLink("a2." + run + "@ntbprov.example");
        String[] link3 = personalLink("a3." + run + "@ntbprov.example");

        // a1 reports an X post through the API with their token: read from X, counted once
        String t1 = "18600" + run + "00001";
        tweet(t1, x1, start.plus(Duration.ofHours(1)), content);
        Api.Response counted = share(link1, "https://x.com/" + x1 + "/status/" + t1);
        assertThat(counted.status()).as(counted.body()).isEqualTo(201);
        assertThat(counted.json().get("outcome").asText()).isEqualTo("COUNTED");
        assertThat(share(link1, "https://twitter.com/" + x1 + "/status/" + t1)
                        .json()
                        .get("outcome")
                        .asText())
                .isEqualTo("ALREADY_COUNTED");
        // what does not count, and why
        Api.Response others = share(link2, "https://x.com/" + x1 + "/status/" + t1);
        assertThat(others.status()).isEqualTo(422);
        assertThat(others.json().get("reason").asText()).isEqualTo("not-own-account");
        String t2 = "18600" + run + "00002";
        tweet(t2, x2, start.plus(Duration.ofHours(2)), "https://ntbprov.go.id/berita/lain");
        Api.Response noLink = share(link2, "https://x.com/" + x2 + "/status/" + t2);
        assertThat(noLink.status()).isEqualTo(422);
        assertThat(noLink.json().get("reason").asText()).isEqualTo("no-content-link");
        String t9 = "18600" + run + "00009";
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/x/2/tweets/" + t9))
                        .atPriority(1)
                        .willReturn(json(fill("x-tweet-not-found.json", Map.of("id", t9)))));
        assertThat(share(link2, "https://x.com/" + x2 + "/status/" + t9)
                        .json()
                        .get("reason")
                        .asText())
                .isEqualTo("post-not-found");
        assertThat(share(link3, "https://x.com/" + x2 + "/status/" + t2)
                        .json()
                        .get("reason")
                        .asText())
                .isEqualTo("account-not-registered");
        assertThat(share(link2, "https://ntbprov.go.id/program").status()).isEqualTo(400);
        assertThat(share(new String[] {link2[0], link2[1], link1[2]}, "https://x.com/" + x2 + "/status/" + t2)
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_share WHERE campaign_id = ?", Integer.class, id))
                .isEqualTo(1);

        // halfway: X search finds a2's post (and a stranger's, ignored); a1's Instagram post is found; a3's post has no
        // link;
        // a4's Facebook profile cannot be read; then everyone without a share and with an address is reminded
        String t3 = "18600" + run + "00003";
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/x/2/tweets/search/recent"))
                        .atPriority(1)
                        .withQueryParam("query", containing(content))
                        .willReturn(json(fill(
                                "x-search-recent.json",
                                Map.ofEntries(
                                        Map.entry("id1", t3),
                                        Map.entry("link1", content),
                                        Map.entry("authorId1", "7" + run + "01"),
                                        Map.entry(
                                                "createdAt1",
                                                start.plus(Duration.ofHours(20)).toString()),
                                        Map.entry("authorName1", "Lalu Satria"),
                                        Map.entry("username1", x2),
                                        Map.entry("id2", "18600" + run + "00004"),
                                        Map.entry("link2", content + "?utm_source=x"),
                                        Map.entry("authorId2", "7" + run + "02"),
                                        Map.entry(
                                                "createdAt2",
                                                start.plus(Duration.ofHours(21)).toString()),
                                        Map.entry("authorName2", "Orang Lain"),
                                        Map.entry("username2", "bukan_pegawai"))))));
        instagram(
                ig1,
                "CAMPa1" + run,
                start.plus(Duration.ofHours(30)),
                "Ayo daftar beasiswa NTB: " + content + " #NTBGemilang");
        instagram(ig3, "CAMPa3old" + run, start.plus(Duration.ofHours(5)), "Kegiatan kantor hari ini");
        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/graph/" + fb4 + "/posts"))
                        .atPriority(1)
                        .willReturn(json(fill("graph-error-not-readable.json", Map.of("object", fb4)))
                                .withStatus(400)));
        runtime.increaseTime(Duration.ofDays(2));
        for (String who : List.of("a3", "a4", "b1")) {
            assertThat(text(mail(who + "." + run + "@ntbprov.example", "Pengingat")))
                    .contains(content, "/kampanye/" + id + "/bagikan");
        }
        assertThat(ENGINE.completedElements(instance)).contains("Task_DetectSharesHalfway", "Task_RemindStaff");
        Map<String, Object> vars = ENGINE.processVariables(instance);
        assertThat(((Number) vars.get("detected")).intValue()).isEqualTo(2);
        assertThat(((Number) vars.get("notYetShared")).intValue()).isEqualTo(4);
        assertThat(((Number) vars.get("unreadableAccounts")).intValue()).isEqualTo(1);
        assertThat(((Number) vars.get("reminded")).intValue()).isEqualTo(3);
        for (String who : List.of("a1", "a2")) {
            assertThat(TestMail.to(who + "." + run + "@ntbprov.example").stream()
                            .filter(m -> TestMail.subjectOf(m).contains("Pengingat")))
                    .isEmpty();
        }

        // after the reminder a3 posts on Instagram and reports it through the personal link
        instagram(
                ig3,
                "CAMPa3new" + run,
                ENGINE.now().plus(Duration.ofHours(2)),
                "Beasiswa NTB sudah dibuka " + content.replace("https://", ""));
        Api.Response late = share(link3, "https://www.instagram.com/p/CAMPa3new" + run + "/");
        assertThat(late.status()).as(late.body()).isEqualTo(201);

        // the window closes: counted, judged by the DMN, summarised for Diskominfo
        runtime.increaseTime(Duration.ofDays(2).plusMinutes(5));
        var review = runtime.awaitUserTask(instance, "Task_ReviewEvaluation");
        assertThat(review.candidateGroups()).containsExactly("diskominfo");
        vars = ENGINE.processVariables(instance);
        assertThat(vars.get("campaignVerdict")).isEqualTo("TERCAPAI");
        assertThat((String) vars.get("evaluationSummary"))
                .contains(
                        "Sasaran 6 pegawai, berbagi 3 (50,0%)",
                        a + ": 3 dari 4 pegawai berbagi (75,0%), TERCAPAI",
                        b + ": 0 dari 2 pegawai berbagi (0,0%), TIDAK TERCAPAI");
        Map<String, String> people = new java.util.HashMap<>();
        jdbc.query(
                "SELECT staff_id, verdict FROM campaign_participant WHERE campaign_id = ?",
                rs -> {
                    people.put(rs.getString(1), rs.getString(2));
                },
                id);
        assertThat(people)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        a1,
                        "AKTIF",
                        a2,
                        "AKTIF",
                        a3,
                        "SETELAH PENGINGAT",
                        a4,
                        "TIDAK BERBAGI",
                        b1,
                        "TIDAK BERBAGI",
                        b2,
                        "TIDAK BERBAGI"));
        assertThat(jdbc.queryForList(
                        "SELECT source FROM campaign_share WHERE campaign_id = ? ORDER BY posted_at", String.class, id))
                .containsExactly("FORM", "DETECTED", "DETECTED", "FORM");
        // once the window closed, a share no longer counts
        assertThat(share(link2, "https://x.com/" + x2 + "/status/" + t3).status())
                .isEqualTo(409);

        runtime.completeUserTask(
                review.key(),
                Map.of("evaluationNote", "OPD B perlu pembinaan penyebaran informasi.", "sendResultsToOpdHeads", true));
        runtime.awaitCompletedThrough(instance, "Task_CloseCampaign", "Task_SendResults", "EndEvent_ResultsSent");
        String toHeadA = text(mail("kadis.a." + run + "@ntbprov.example", "Hasil kampanye"));
        assertThat(toHeadA)
                .contains(
                        "Ir. Kepala Uji " + run,
                        "Pegawai sasaran: 4",
                        "Pegawai yang membagikan: 3 (75,0%; target 50%)",
                        "Jumlah unggahan: 4",
                        "TERCAPAI",
                        "Muhammad Zaini (" + a4 + ")",
                        "OPD B perlu pembinaan")
                .doesNotContain("Baiq Nurul Aini");
        assertThat(TestMail.subjectOf(mail("dinas.b." + run + "@ntbprov.example", "Hasil kampanye")))
                .contains("TIDAK TERCAPAI");

        // the API: Diskominfo sees everything, an OPD user of another OPD sees none of these staff
        JsonNode view =
                api().get("/api/campaigns/" + id, "diskominfo", "tanggap").json();
        assertThat(view.get("status").asText()).isEqualTo("SELESAI");
        assertThat(view.get("participated").asInt()).isEqualTo(3);
        assertThat(view.get("participationRate").asDouble()).isEqualTo(50.0);
        assertThat(view.get("opds"))
                .extracting(o -> o.get("opdCode").asText() + " "
                        + o.get("targeted").asInt() + " "
                        + o.get("participated").asInt() + " " + o.get("shares").asInt() + " "
                        + o.get("participationRate").asDouble() + " "
                        + o.get("verdict").asText())
                .containsExactly(a + " 4 3 4 75.0 TERCAPAI", b + " 2 0 0 0.0 TIDAK TERCAPAI");
        assertThat(api().get("/api/campaigns/" + id, "pupr", "tanggap").json().get("participants"))
                .isEmpty();
        // an OPD user reports shares only for their own OPD's staff
        assertThat(api().postAs(
                                "dlhk",
                                "/api/campaigns/" + id + "/shares",
                                "application/json",
                                "{\"staffId\":\"" + a1 + "\",\"url\":\"https://x.com/" + x1 + "/status/" + t1 + "\"}")
                        .status())
                .isEqualTo(403);

        // the Governor's report of the period and the dashboard carry the same figures
        Instant evaluatedAt = jdbc.queryForObject(
                        "SELECT evaluated_at FROM campaign WHERE id = ?", java.sql.Timestamp.class, id)
                .toInstant();
        var day = evaluatedAt.atZone(ZoneId.of("Asia/Makassar")).toLocalDate();
        ReportFigures figures = reports.compile(day, day.plusDays(1));
        ReportFigures.CampaignResult result = figures.campaigns().stream()
                .filter(c -> c.programme().equals("Beasiswa NTB " + run))
                .findFirst()
                .orElseThrow();
        assertThat(result.targeted()).isEqualTo(6);
        assertThat(result.participated()).isEqualTo(3);
        assertThat(result.shares()).isEqualTo(4);
        assertThat(result.opds())
                .extracting(ReportFigures.OpdParticipation::opdCode)
                .containsExactly(a, b);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(figures)))) {
            var sheet = wb.getSheet("Kampanye");
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0).getStringCellValue().equals("Beasiswa NTB " + run)
                        && row.getCell(8).getStringCellValue().equals(a)) {
                    // the OPD by name for people, its code in the last column (issue 19)
                    assertThat(row.getCell(1).getStringCellValue())
                            .isEqualTo(jdbc.queryForObject("SELECT name FROM opd WHERE code = ?", String.class, a));
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(75.0);
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("TERCAPAI");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        // the periodic report's summary for the Governor names the campaign
        try (var client = ENGINE.engine().createClient()) {
            long report = client.newCreateInstanceCommand()
                    .bpmnProcessId("periodic-report")
                    .latestVersion()
                    .variables(Map.of(
                            "periodKind",
                            "REQUESTED",
                            "periodFrom",
                            day.toString(),
                            "periodTo",
                            day.plusDays(1).toString()))
                    .send()
                    .join()
                    .getProcessInstanceKey();
            var reportReview = runtime.awaitUserTask(report, "Task_ReviewReport");
            assertThat(String.valueOf(runtime.variables(report).get("reportSummary")))
                    .contains("Kampanye Beasiswa NTB " + run + ": 3 dari 6 ASN/THL membagikan (50,0%), TERCAPAI.");
            runtime.completeUserTask(reportReview.key(), Map.of("reviewDecision", "APPROVE"));
        }
        String dashboard = api().get(
                        "/dashboard?from=" + day + "&to=" + day.plusDays(1) + "&opd=" + a, "sekda", "tanggap")
                .body();
        assertThat(dashboard).contains("Beasiswa NTB " + run, "data-opd=\"" + a + "\"", "75,0");
    }

    @Test
    void whenEveryoneSharedEarlyNobodyIsRemindedAndResultsStayWithDiskominfo() throws Exception {
        String c = opd("C", null);
        String c1 = nip(7);
        String x = "kc1" + run;
        assertThat(api().postAs(
                                "diskominfo",
                                "/api/inventory/import",
                                "text/csv",
                                "nip,nama,opd,jenis,email,facebook,instagram,x\n" + c1 + ",Putu Arya," + c + ",ASN,c1."
                                        + run + "@ntbprov.example,,," + x + "\n")
                        .status())
                .isEqualTo(200);
        Instant start = ENGINE.now().minus(Duration.ofMinutes(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String content = "https://ntbprov.go.id/program/desa-berdaya-" + run;
        long id = createCampaign("Desa Berdaya " + run, content, List.of(c), start, start.plus(Duration.ofDays(2)), 80);
        long instance = instanceOf(id);
        String[] link = personalLink("c1." + run + "@ntbprov.example");

        // the staff member follows the link from the e-mail in Chromium and reports the post
        String t = "18700" + run + "00001";
        tweet(t, x, start.plus(Duration.ofHours(3)), content);
        NodeTool.Result browser = NodeTool.run(
                "e2e-campaign-share.mjs",
                link[3].replaceFirst("^https?://[^/]+", api().base()),
                "https://x.com/" + x + "/status/" + t,
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(browser.exitCode()).as(browser.output()).isZero();
        JsonNode page = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(browser.output().lines().reduce((p, q) -> q).orElseThrow());
        assertThat(page.get("title").asText()).isEqualTo("Desa Berdaya " + run);
        assertThat(page.get("before").asInt()).isEqualTo(1);
        assertThat(page.get("error").asText()).contains("harus tautan unggahan Facebook, Instagram atau X");
        assertThat(page.get("message").asText()).isEqualTo("Terima kasih, unggahan Anda tercatat.");
        assertThat(page.get("counted"))
                .extracting(JsonNode::asText)
                .containsExactly("X: https://x.com/" + x + "/status/" + t);

        TestPlatforms.get()
                .stubFor(get(urlPathEqualTo("/x/2/tweets/search/recent"))
                        .atPriority(1)
                        .withQueryParam("query", containing(content))
                        .willReturn(json("{\"meta\":{\"result_count\":0}}")));
        runtime.increaseTime(Duration.ofDays(1));
        runtime.increaseTime(Duration.ofDays(1).plusMinutes(5));
        var review = runtime.awaitUserTask(instance, "Task_ReviewEvaluation");
        assertThat(ENGINE.completedElements(instance))
                .contains("Task_DetectSharesHalfway")
                .doesNotContain("Task_RemindStaff");
        assertThat(ENGINE.processVariables(instance).get("campaignVerdict")).isEqualTo("TERCAPAI");
        runtime.completeUserTask(
                review.key(),
                Map.of("evaluationNote", "Seluruh pegawai berpartisipasi.", "sendResultsToOpdHeads", false));
        runtime.awaitCompletedThrough(instance, "Task_CloseCampaign", "EndEvent_CampaignClosed");
        assertThat(jdbc.queryForObject(
                        "SELECT verdict FROM campaign_participant WHERE campaign_id = ?", String.class, id))
                .isEqualTo("AKTIF");
        assertThat(jdbc.queryForObject("SELECT evaluation_note FROM campaign WHERE id = ?", String.class, id))
                .isEqualTo("Seluruh pegawai berpartisipasi.");
        assertThat(TestMail.to("c1." + run + "@ntbprov.example").stream().map(TestMail::subjectOf))
                .noneMatch(s -> s.contains("Pengingat"));
    }

    @Test
    void diskominfoCreatesACampaignOnItsPageInChromium() throws Exception {
        String d = opd("D", null);
        // far ahead, so that the engine clock of the other scenarios never opens it
        var start = java.time.LocalDate.now(ZoneId.of("Asia/Makassar"))
                .plusDays(300)
                .atTime(8, 0);
        NodeTool.Result browser = NodeTool.run(
                "e2e-campaign-admin.mjs",
                api().base(),
                "diskominfo",
                "tanggap",
                "Gerakan Literasi " + run,
                "https://ntbprov.go.id/program/literasi-" + run,
                d,
                start.toString(),
                start.plusDays(7).toString(),
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(browser.exitCode()).as(browser.output()).isZero();
        JsonNode page = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(browser.output().lines().reduce((p, q) -> q).orElseThrow());
        assertThat(page.get("errors"))
                .extracting(JsonNode::asText)
                // the form's Indonesian labels, not the API's field names (issue 19)
                .anyMatch(e -> e.startsWith("Tautan konten:"))
                .anyMatch(e -> e.startsWith("Mulai:"))
                .anyMatch(e -> e.startsWith("Partisipasi yang diharapkan:"))
                .noneMatch(e -> e.startsWith("contentUrl") || e.startsWith("startsAt"));
        assertThat(page.get("title").asText()).isEqualTo("Gerakan Literasi " + run);
        assertThat(page.get("status").asText()).isEqualTo("Dijadwalkan");
        assertThat(page.get("targets").asText()).isEqualTo(d);
        assertThat(page.get("listed")).extracting(JsonNode::asText).contains("Gerakan Literasi " + run);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT window_start, expected_participation, created_by FROM campaign WHERE programme = ?",
                "Gerakan Literasi " + run);
        assertThat(jdbc.queryForObject(
                                "SELECT window_start FROM campaign WHERE programme = ?",
                                java.sql.Timestamp.class,
                                "Gerakan Literasi " + run)
                        .toInstant())
                .isEqualTo(start.atZone(ZoneId.of("Asia/Makassar")).toInstant());
        assertThat(row.get("expected_participation")).isEqualTo(60);
        assertThat(row.get("created_by")).isEqualTo("diskominfo");
        assertThat(new Api(port).get("/kampanye", "pupr", "tanggap").body())
                .contains("Gerakan Literasi " + run)
                .doesNotContain("id=\"new-campaign\"");
    }
}
