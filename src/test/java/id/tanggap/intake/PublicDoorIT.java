package id.tanggap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.shared.Channel;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.OutboxRows;
import id.tanggap.testsupport.TestMail;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public door (POST /api/complaints and the /aduan form) takes web reports only: nobody without
 * a login can pose as another channel, claim its message ids, look up its threads or pick a region,
 * and a retry with the same Idempotency-Key is the same case.
 */
class PublicDoorIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplaintIntake intake;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** Cases and their process starts (timeline entries are left out: workers add them to earlier cases at any time). */
    private int stored() {
        return ComplaintRows.count(jdbc) + OutboxRows.count(jdbc);
    }

    private static String web() {
        return Api.complaint("WEB", null, "SAMPAH", "Baiq Sulastri", false);
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json().get("errors").findValuesAsText("field");
    }

    @Test
    void anotherChannelCannotComeInThroughThePublicDoor() {
        int before = stored();
        for (String channel : List.of("CALL_CENTER", "LAPOR", "FACEBOOK", "X", "WHATSAPP", "OPEN311")) {
            var r = api.post(
                    "/api/complaints", web().replace("\"channel\":\"WEB\"", "\"channel\":\"" + channel + "\""));
            assertThat(r.status()).as(channel).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(fields(r)).containsExactly("channel");
            assertThat(r.json().at("/errors/0/message").asText()).contains("hanya menerima kanal WEB");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aCallIdCannotBeClaimedFromThePublicDoorTheRealCallGetsItsOwnCaseAnd112() {
        String callId = "pbx-" + UUID.randomUUID();
        int before = stored();
        // the attacker tries the call center's channel and its id, and the id on the web channel
        var asCall = api.post(
                "/api/complaints",
                web().replace(
                                "\"channel\":\"WEB\",\"externalId\":null",
                                "\"channel\":\"CALL_CENTER\",\"externalId\":\"call:DPUPR:" + callId + "\""));
        assertThat(asCall.status()).isEqualTo(400);
        assertThat(fields(asCall)).containsExactlyInAnyOrder("channel", "externalId");
        var asWeb = api.post(
                "/api/complaints",
                web().replace("\"externalId\":null", "\"externalId\":\"call:DPUPR:" + callId + "\""));
        assertThat(asWeb.status()).isEqualTo(400);
        assertThat(fields(asWeb)).containsExactly("externalId");
        assertThat(asWeb.json().at("/errors/0/message").asText()).contains("Idempotency-Key");
        assertThat(stored()).isEqualTo(before);
        // even as an Idempotency-Key the id only names a web report
        var keyed = api.postWeb(web(), "call:DPUPR:" + callId);
        assertThat(keyed.status()).isEqualTo(201);

        var call = api.postAs("pupr", "/api/call-center/calls", "application/json", """
                {"callId":"%s","callerName":"Amaq Sahnan","callerPhone":"0819-2222-3333","text":"Banjir bandang menyeret dua rumah di Sembalun, warga terjebak.",
                 "category":"BANJIR","lat":-8.3600,"lon":116.5300,"address":"Desa Sembalun Lawang","emergency":true}""".formatted(callId));
        assertThat(call.status()).isEqualTo(201);
        String ticket = call.json().get("ticket").asText();
        assertThat(ticket).isNotEqualTo(keyed.json().get("ticket").asText());
        assertThat(call.json().get("emergencyNotified").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMail.to("112@ntbprov.example").stream()
                        .anyMatch(m -> TestMail.subjectOf(m).contains(ticket)));
        assertThat(ComplaintRows.row(jdbc, ticket))
                .containsEntry("channel", "CALL_CENTER")
                .containsEntry("external_id", "call:DPUPR:" + callId);
    }

    @Test
    void aThreadIdOrARegionFromThePublicIsRefusedSoNoTicketLeaks() {
        // somebody's WhatsApp conversation, as the signed webhook door stores it
        String thread = "wa:6281100001111:628123450" + (int) (Math.random() * 1000);
        var victim = intake.submit(Cases.channelMessage(
                Channel.WHATSAPP,
                "wamid." + UUID.randomUUID(),
                "KESEHATAN",
                "Ni Made Ayu",
                null,
                -8.9 + Math.random() * 0.6,
                116.0 + Math.random() * 0.6,
                thread));
        int before = stored();

        var oracle = api.post(
                "/api/complaints",
                Api.complaint("WEB", null, "KESEHATAN", "Penyerang", "x@x.example", false, -8.1, 116.1, thread));
        assertThat(oracle.status()).isEqualTo(400);
        assertThat(fields(oracle)).containsExactly("threadId");
        assertThat(oracle.body()).doesNotContain(victim.ticket());

        var region = api.post(
                "/api/complaints", web().replace("\"threadId\":null", "\"threadId\":null,\"region\":\"KOTA_MATARAM\""));
        assertThat(region.status()).isEqualTo(400);
        assertThat(fields(region)).containsExactly("region");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsTheSameCaseAndAnotherReportUnderItIsRefused() {
        String key = UUID.randomUUID().toString();
        String body = web();
        var first = api.postWeb(body, key);
        var again = api.postWeb(body, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        String ticket = first.json().get("ticket").asText();
        assertThat(again.json().get("ticket").asText()).isEqualTo(ticket);
        assertThat(ComplaintRows.countFrom(jdbc, "WEB", "web:" + key)).isEqualTo(1);
        long complaintId = ComplaintRows.id(jdbc, ticket);
        await().atMost(Duration.ofSeconds(15)).until(() -> ComplaintRows.processInstance(jdbc, ticket), k -> k != null);
        assertThat(ENGINE.instancesOfComplaint("complaint-handling", complaintId))
                .isEqualTo(1);

        // somebody else (or a buggy client) sends another report under the same key: no ticket, nothing of the first
        // report
        int before = stored();
        var other = api.postWeb(
                Api.complaint("WEB", null, "SAMPAH", "Orang Lain", "lain@warga.example", false, -8.2, 116.2, null),
                key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("detail").asText()).contains("Idempotency-Key");
        assertThat(other.body()).doesNotContain(ticket, "Baiq Sulastri", "Kebon Roek");
        assertThat(stored()).isEqualTo(before);

        // a malformed key is named
        var badKey = api.postWeb(body, "kunci dengan spasi");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(fields(badKey)).containsExactly("Idempotency-Key");
        assertThat(stored()).isEqualTo(before);

        // without a key every POST is a new report
        var a = api.post("/api/complaints", web());
        var b = api.post("/api/complaints", web());
        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(a.json().get("ticket").asText())
                .isNotEqualTo(b.json().get("ticket").asText());
    }

    @Test
    void aDoubleSubmitOfTheComplaintFormIsOneCase() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(api.base() + "/aduan"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String key = hidden(page, "kunci");
        String csrf = hidden(page, "_csrf");
        assertThat(key).isNotBlank();
        assertThat(hidden(
                        browser.send(
                                        HttpRequest.newBuilder(URI.create(api.base() + "/aduan"))
                                                .GET()
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body(),
                        "kunci"))
                .as("a new key per form load")
                .isNotEqualTo(key);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("kunci", key);
        form.put("identitas", "BIASA");
        form.put("nama", "Lalu Wirajaya");
        form.put("kontak", "wirajaya@warga.example");
        form.put("kategori", "SAMPAH");
        form.put("isi", "Tumpukan sampah di pinggir Jalan Udayana menutup saluran air sejak dua minggu.");
        form.put("alamat", "Jalan Udayana, Mataram");
        form.put("lat", String.valueOf(-8.9 + Math.random() * 0.6));
        form.put("lon", String.valueOf(116.0 + Math.random() * 0.6));
        var first = postMultipart(browser, form);
        var second = postMultipart(browser, form);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/lacak/ADU-");
        assertThat(second.headers().firstValue("Location")).contains(location);
        assertThat(ComplaintRows.countFrom(jdbc, "WEB", "web:" + key)).isEqualTo(1);

        // the same page sent again with other content (back button, edited): told so, nothing stored
        int before = stored();
        form.put("isi", "Isi yang lain sama sekali: lampu jalan di Jalan Pejanggik padam sejak sebulan.");
        var edited = postMultipart(browser, form);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(edited.body())
                .contains("sudah pernah dikirim dengan isi yang berbeda")
                .doesNotContain(location.replaceAll(".*/lacak/", ""));
        assertThat(hidden(edited.body(), "kunci")).isNotEqualTo(key);
        assertThat(stored()).isEqualTo(before);
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        if (!m.find()) {
            m = Pattern.compile("<input[^>]*value=\"([^\"]*)\"[^>]*name=\"" + Pattern.quote(name) + "\"")
                    .matcher(html);
            assertThat(m.find()).as("hidden field " + name).isTrue();
        }
        return m.group(1);
    }

    private HttpResponse<String> postMultipart(HttpClient browser, Map<String, String> fields) throws Exception {
        String boundary = "----tanggap" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var e : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                            + e.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(
                HttpRequest.newBuilder(URI.create(api.base() + "/aduan"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
