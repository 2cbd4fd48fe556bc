package id.tanggap.callcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.devrun.DevMailText;
import id.tanggap.routing.Opds;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.NotificationRows;
import id.tanggap.testsupport.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff call center: a call is logged once however often the form is sent, and a call is
 * transferred to another OPD's call center only within the user's reach, as an internal record.
 */
class CallCenterIT extends CaseScenarioTest {

    @Autowired
    Opds opds;

    private String logCallAs(String agent, String text) {
        var logged = api.postAs(agent, "/api/call-center/calls", "application/json", """
                {"callId":"%s","callerName":"Inaq Mariam","callerPhone":"0819-7777-0001","text":"%s","category":"SAMPAH",
                 "lat":%s,"lon":%s,"address":"Jalan Sriwijaya, Mataram"}""".formatted(
                        UUID.randomUUID(), text, -8.9 + Math.random() * 0.6, 116.0 + Math.random() * 0.6));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        return logged.json().get("ticket").asText();
    }

    private Api.Response transfer(String user, String ticket, String toOpd) {
        return api.postAs(
                user,
                "/api/call-center/calls/" + ticket + "/transfer",
                "application/json",
                "{\"toOpd\":\"" + toOpd + "\",\"note\":\"Mohon ditindaklanjuti\"}");
    }

    private String emailOf(String opd) {
        return opds.emailOf(opd).orElseThrow();
    }

    private List<MimeMessage> mailsAbout(String recipient, String ticket) {
        return TestMail.to(recipient).stream()
                .filter(m -> TestMail.subjectOf(m).contains(ticket))
                .toList();
    }

    private int transferEntries(String ticket) {
        return transfers(ticket).size();
    }

    private List<ComplaintRows.Event> transfers(String ticket) {
        return ComplaintRows.timeline(jdbc, ticket).stream()
                .filter(e -> e.key().startsWith("callTransfer:"))
                .toList();
    }

    @Test
    void anOpdUserCannotTransferACaseOfAnotherOpdsCallCenter() {
        String ticket =
                logCallAs("dlhk", "Sampah liar dibakar setiap malam di belakang pasar, asapnya masuk rumah warga.");

        var attempt = transfer("pupr", ticket, "BPBD");

        assertThat(attempt.status()).isEqualTo(403);
        assertThat(mailsAbout(emailOf("BPBD"), ticket)).isEmpty();
        assertThat(NotificationRows.countWithDedupKeyLike(jdbc, "callTransfer:" + ticket + ":%"))
                .isZero();
        assertThat(transferEntries(ticket)).isZero();
        // a ticket that does not exist stays 404
        assertThat(transfer("pupr", "ADU-1999-000001", "BPBD").status()).isEqualTo(404);

        // the OPD whose call center took the call may; so may Diskominfo, for any case
        assertThat(transfer("dlhk", ticket, "BPBD").status()).isEqualTo(204);
        assertThat(transfer("diskominfo", ticket, "DISHUB").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailsAbout(emailOf("DISHUB"), ticket).isEmpty());
        assertThat(transferEntries(ticket)).isEqualTo(2);
    }

    @Test
    void anOpdsCallCenterCannotTransferACaseAboutItsOwnOfficialsToItself() {
        String ticket = logCallAs(
                "pupr",
                "Petugas Dinas PUPR meminta uang rokok saat memeriksa jalan rusak di desa kami, tanpa kuitansi.");
        var c = new Cases.Case(ticket, cases.instanceOf(ticket));
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
                        "NO_FIELD_CHECK",
                        "aboutOwnOfficial",
                        true,
                        "assignedOpd",
                        "DPUPR"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "INSPEKTORAT".equals(cases.row(c).get("opd_code"))
                        && "DPUPR".equals(cases.row(c).get("subject_opd_code")));

        // DPUPR's call center took the call, but the case is about DPUPR's own official: the Inspectorate's
        var attempt = transfer("pupr", ticket, "DPUPR");

        assertThat(attempt.status()).isEqualTo(403);
        assertThat(NotificationRows.countWithDedupKeyLike(jdbc, "callTransfer:" + ticket + ":%"))
                .isZero();
        assertThat(mailsAbout(emailOf("DPUPR"), ticket)).isEmpty();
        assertThat(transferEntries(ticket)).isZero();
        // Diskominfo still may
        assertThat(transfer("diskominfo", ticket, "BPBD").status()).isEqualTo(204);
    }

    @Test
    void aTransferIsAnInternalRecordAndItsMailCarriesNoConfidentialIdentity() throws Exception {
        String json = Api.complaint(
                        "WEB",
                        null,
                        "JALAN_RUSAK",
                        "Dewi Anggraini",
                        "dewi.rahasia@warga.example",
                        false,
                        -8.9 + Math.random() * 0.6,
                        116.0 + Math.random() * 0.6,
                        null)
                .replace("\"anonymous\":false", "\"anonymous\":false,\"confidential\":true");
        var c = cases.submitJson(json);
        cases.triageValid(c, "JALAN_RUSAK");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "DPUPR".equals(cases.row(c).get("opd_code")));
        List<String> publicBefore = cases.publicStatus(c).get("timeline").findValuesAsText("note");

        // the case is DPUPR's: its user may hand it to BPBD's call center
        assertThat(transfer("pupr", c.ticket(), "BPBD").status()).isEqualTo(204);

        MimeMessage mail = await().atMost(Duration.ofSeconds(10))
                .until(() -> mailsAbout(emailOf("BPBD"), c.ticket()), l -> !l.isEmpty())
                .get(0);
        assertThat(DevMailText.plainText(mail))
                .contains(c.ticket())
                .doesNotContain("Dewi", "dewi.rahasia", "0812-3456-7890");
        assertThat(transferEntries(c.ticket())).isEqualTo(1);
        assertThat(transfers(c.ticket()))
                .singleElement()
                .extracting(ComplaintRows.Event::internal)
                .isEqualTo(true);
        // nobody holding the ticket sees it: neither the status API nor the tracking page
        List<String> publicAfter = cases.publicStatus(c).get("timeline").findValuesAsText("note");
        assertThat(publicAfter).isEqualTo(publicBefore).noneMatch(n -> n.contains("dialihkan"));
        var page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.base() + "/lacak/" + c.ticket()))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(c.ticket()).doesNotContain("dialihkan", "Badan Penanggulangan Bencana");
    }

    @Test
    void sendingTheCallFormTwiceLogsOneCallAndNotifies112Once() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("pupr:tanggap".getBytes(StandardCharsets.UTF_8));
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(api.base() + "/call-center"))
                                .header("Authorization", auth)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String callId = hidden(page, "callId");
        String form = Map.of(
                        "_csrf",
                        hidden(page, "_csrf"),
                        "callId",
                        callId,
                        "callerName",
                        "Amaq Jumenah",
                        "callerPhone",
                        "0819-5555-0101",
                        "category",
                        "BANJIR",
                        "text",
                        "Air sungai meluap ke permukiman di Desa Pringgabaya, warga mengungsi.",
                        "address",
                        "Desa Pringgabaya",
                        "lat",
                        "-8.55",
                        "lon",
                        "116.63",
                        "emergency",
                        "true")
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        for (int i = 0; i < 2; i++) {
            var r = browser.send(
                    HttpRequest.newBuilder(URI.create(api.base() + "/call-center"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Aduan tercatat dengan nomor");
            assertThat(hidden(r.body(), "callId"))
                    .as("the next call gets a new id")
                    .isNotEqualTo(callId);
        }
        String externalId = "call:DPUPR:" + callId;
        assertThat(ComplaintRows.countFrom(jdbc, "CALL_CENTER", externalId)).isEqualTo(1);
        String ticket = ComplaintRows.ticketFrom(jdbc, "CALL_CENTER", externalId);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailsAbout("112@ntbprov.example", ticket).isEmpty());
        assertThat(mailsAbout("112@ntbprov.example", ticket)).hasSize(1);
    }

    /** The 112 flag makes the case urgent; a place named without coordinates reaches 112 and the case. */
    @Test
    void anEmergencyCallIsUrgentForTriageAndKeepsThePlaceTheCallerNamedWithoutCoordinates() throws Exception {
        var logged = api.postAs("pupr", "/api/call-center/calls", "application/json", """
                {"callId":"%s","callerName":"Inaq Sahnun","callerPhone":"0819-7777-0112",
                 "text":"Tumpukan sampah menutup saluran di depan rumah warga, air mulai masuk ke rumah.",
                 "category":"SAMPAH","address":"Gang Melati, Cakranegara","emergency":true}""".formatted(UUID.randomUUID()));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String ticket = logged.json().get("ticket").asText();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailsAbout("112@ntbprov.example", ticket).isEmpty());
        String mail =
                DevMailText.plainText(mailsAbout("112@ntbprov.example", ticket).get(0));
        assertThat(mail).contains("Lokasi: Gang Melati, Cakranegara").doesNotContain("Lokasi: - (");
        assertThat(ComplaintRows.value(jdbc, ticket, "body", String.class))
                .contains("Lokasi menurut penelepon: Gang Melati, Cakranegara");

        long instance = cases.instanceOf(ticket);
        runtime.awaitUserTask(instance, "Task_TriageComplaint");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "URGENT".equals(runtime.variables(instance).get("urgency")));
        // the classification table alone did not find it urgent: the flag did
        assertThat(String.valueOf(runtime.variables(instance).get("classification")))
                .doesNotContain("URGENT");
        // Diskominfo keeps it urgent: one clock hour from receipt
        runtime.completeUserTask(
                runtime.awaitUserTask(instance, "Task_TriageComplaint").key(),
                Map.of(
                        "triageDecision",
                        "VALID",
                        "category",
                        "SAMPAH",
                        "urgency",
                        runtime.variables(instance).get("urgency"),
                        "complaintType",
                        "SIMPLE"));
        runtime.awaitUserTask(instance, "Task_RespondToComplaint");
        assertThat(id.tanggap.shared.ProcessDates.parse(
                        String.valueOf(runtime.variables(instance).get("responseDueDate"))))
                .isEqualTo(id.tanggap.shared.ProcessDates.parse(
                                String.valueOf(runtime.variables(instance).get("receivedAt")))
                        .plus(Duration.ofHours(1)));
    }

    /** An agent's browser on the call-center form, logged in as {@code agent}. */
    private record AgentBrowser(HttpClient client, String auth) {

        static AgentBrowser of(String agent) {
            return new AgentBrowser(
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((agent + ":tanggap").getBytes(StandardCharsets.UTF_8)));
        }

        String open(String base) throws Exception {
            return client.send(
                            HttpRequest.newBuilder(URI.create(base + "/call-center"))
                                    .header("Authorization", auth)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }

        HttpResponse<String> post(String base, Map<String, String> fields) throws Exception {
            String form = fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + "/call-center"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * A call the intake refuses (no caller name, not anonymous) comes back as the form with an Indonesian message
     * naming the field and the whole call record as typed; nothing is stored. Corrected, the same call is logged, with
     * the coordinates typed with decimal commas.
     */
    @Test
    void aRefusedCallComesBackWithEverythingTypedAndDecimalCommaCoordinatesAreAccepted() throws Exception {
        var browser = AgentBrowser.of("pupr");
        String page = browser.open(api.base());
        assertThat(page).contains("<option value=\"\"", "Pilih kategori", "type=\"tel\"");
        String callId = hidden(page, "callId");
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("_csrf", hidden(page, "_csrf"));
        fields.put("callId", callId);
        fields.put("callerName", "");
        fields.put("callerPhone", "0819-5555-0202");
        fields.put("category", "BANJIR");
        fields.put("text", "Air kali meluap sampai ke jalan desa di Labuhan Haji, dua rumah terendam.");
        fields.put("address", "Dusun Ketapang, Labuhan Haji");
        fields.put("lat", "-8,59");
        fields.put("lon", "116,1");
        fields.put("emergency", "true");

        var refused = browser.post(api.base(), fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        String body = refused.body();
        assertThat(body)
                .contains("Periksa kembali isian berikut", "Nama penelepon: wajib diisi")
                .doesNotContain("Aduan tercatat", "reporter.name", "Failed to convert");
        assertThat(body)
                .contains(
                        "value=\"0819-5555-0202\"",
                        "Air kali meluap sampai ke jalan desa di Labuhan Haji, dua rumah terendam.</textarea>",
                        "value=\"Dusun Ketapang, Labuhan Haji\"",
                        "value=\"-8,59\"",
                        "value=\"116,1\"");
        assertThat(body).containsPattern("<option value=\"BANJIR\"[^>]*selected");
        assertThat(body).containsPattern("<input[^>]*name=\"emergency\"[^>]*checked");
        assertThat(hidden(body, "callId")).as("still the same call").isEqualTo(callId);
        String externalId = "call:DPUPR:" + callId;
        assertThat(ComplaintRows.countFrom(jdbc, "CALL_CENTER", externalId)).isZero();

        fields.put("callerName", "Amaq Sukri");
        fields.put("_csrf", hidden(body, "_csrf"));
        fields.remove("emergency");
        var accepted = browser.post(api.base(), fields);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("Aduan tercatat dengan nomor");
        assertThat(ComplaintRows.countFrom(jdbc, "CALL_CENTER", externalId)).isEqualTo(1);
        String ticket = ComplaintRows.ticketFrom(jdbc, "CALL_CENTER", externalId);
        assertThat(ComplaintRows.value(jdbc, ticket, "latitude", Double.class)).isEqualTo(-8.59);
        assertThat(ComplaintRows.value(jdbc, ticket, "longitude", Double.class)).isEqualTo(116.1);
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }
}
