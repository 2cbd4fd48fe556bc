package id.tanggap.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.devrun.DevMailText;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Open311 GeoReport v2, SP4N-LAPOR! in and out, call centers, and confidential reports. */
class OtherDoorsIT extends CaseScenarioTest {

    private Api.Response form(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.base() + path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new Api.Response(
                r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""),
                r.body(),
                r.body().isBlank() ? null : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()));
    }

    @Test
    void open311ServicesAndRequests() throws Exception {
        var services = api.get("/open311/v2/services.json");
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.json().findValuesAsText("service_code")).contains("JALAN_RUSAK", "SAMPAH", "BANJIR");
        assertThat(api.get("/open311/v2/services/SAMPAH.json")
                        .json()
                        .get("service_code")
                        .asText())
                .isEqualTo("SAMPAH");
        assertThat(api.get("/open311/v2/services/TIDAK_ADA.json").status()).isEqualTo(404);

        var created = form(
                "/open311/v2/requests.json",
                Map.of(
                        "service_code",
                        "SAMPAH",
                        "lat",
                        "-8.7321",
                        "long",
                        "116.2721",
                        "address_string",
                        "Pasar Renteng, Praya",
                        "description",
                        "Sampah pasar menumpuk di selokan sejak seminggu.",
                        "first_name",
                        "Lalu",
                        "last_name",
                        "Hamdi",
                        "email",
                        "hamdi@warga.example",
                        "media_url",
                        "https://foto.example/pasar.jpg"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get(0).get("service_request_id").asText();
        assertThat(id).matches("ADU-\\d{4}-\\d{6}");

        var one = api.get("/open311/v2/requests/" + id + ".json");
        assertThat(one.json().get(0).get("status").asText()).isEqualTo("open");
        assertThat(one.json().get(0).get("service_code").asText()).isEqualTo("SAMPAH");
        assertThat(one.json().get(0).get("lat").asDouble()).isEqualTo(-8.732);
        assertThat(one.body()).doesNotContain("Hamdi", "hamdi@", "selokan");
        assertThat(api.get("/open311/v2/requests.json?service_code=SAMPAH")
                        .json()
                        .findValuesAsText("service_request_id"))
                .contains(id);

        var bad = form("/open311/v2/requests.json", Map.of("lat", "utara"));
        assertThat(bad.status()).isEqualTo(400);
        // GeoReport v2 errors: [{code, description}] (issue 20)
        assertThat(bad.json().findValuesAsText("description"))
                .anyMatch(d -> d.startsWith("service_code:"))
                .anyMatch(d -> d.startsWith("lat:"));
        assertThat(bad.json().findValuesAsText("code")).containsOnly("400");
    }

    @Test
    void laporDispositionsComeInAndForwardedCasesGoOut() throws Exception {
        String disposisi = """
                {"id":"LAPOR-2026-%s","isi":"Bantuan sosial tidak sampai ke warga Desa Kuta, Lombok Tengah.","kategori":"BANTUAN_SOSIAL",
                 "lokasi":{"lat":-8.8950,"lon":116.2770,"alamat":"Desa Kuta"},"pelapor":{"nama":"Inaq Sahnun","kontak":"0819-000","anonim":false}}
                """.formatted(UUID.randomUUID().toString().substring(0, 8));
        var unauthorized = api.post(
                "/api/lapor/disposisi",
                disposisi.getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer salah"));
        assertThat(unauthorized.status()).isEqualTo(401);
        var in = api.post(
                "/api/lapor/disposisi",
                disposisi.getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer lapor-inbound-test-token"));
        assertThat(in.status()).isEqualTo(201);
        var again = api.post(
                "/api/lapor/disposisi",
                disposisi.getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer lapor-inbound-test-token"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("ticket").asText())
                .isEqualTo(in.json().get("ticket").asText());
        assertThat(ComplaintRows.value(jdbc, in.json().get("ticket").asText(), "channel", String.class))
                .isEqualTo("LAPOR");

        var c = cases.submit("PENDIDIKAN");
        cases.triage(c, Cases.vars("triageDecision", "NOT_AUTHORITY", "forwardTarget", "LAPOR"));
        cases.awaitStatus(c, "DITERUSKAN");
        TestPlatforms.get()
                .verify(postRequestedFor(urlEqualTo("/lapor/api/v1/pengaduan"))
                        .withHeader("Authorization", equalTo("Bearer lapor-outbound-test-token"))
                        .withRequestBody(matchingJsonPath("$.referensi", equalTo(c.ticket())))
                        .withRequestBody(matchingJsonPath("$.anonim", equalTo("true"))));
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.contains("LAPOR-2026-0001234"));
    }

    @Test
    void aCallCenterAgentLogsACallAnEmergencyGoesTo112AndACallCanBeTransferred() throws Exception {
        assertThat(api.post("/api/call-center/calls", "{}").status()).isEqualTo(401);
        var logged = api.postAs("pupr", "/api/call-center/calls", "application/json", """
                {"callerName":"Amaq Rusdi","callerPhone":"0819-1234-5678","text":"Longsor menutup jalan di Pusuk, ada mobil tertimbun.",
                 "category":"BANJIR","lat":-8.5290,"lon":116.1480,"address":"Jalan Raya Pusuk, Lombok Utara","emergency":true}""");
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("emergencyNotified").asBoolean()).isTrue();
        String ticket = logged.json().get("ticket").asText();
        var mail = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> id.tanggap.testsupport.TestMail.to("112@ntbprov.example").stream()
                                .filter(m -> TestMail.subjectOf(m).contains(ticket))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        assertThat(DevMailText.plainText(mail)).contains("DARURAT", "Jalan Raya Pusuk", "0819-1234-5678");
        assertThat(ComplaintRows.value(jdbc, ticket, "channel", String.class)).isEqualTo("CALL_CENTER");

        var transfer = api.postAs(
                "pupr",
                "/api/call-center/calls/" + ticket + "/transfer",
                "application/json",
                "{\"toOpd\":\"BPBD\",\"note\":\"Penanganan bencana\"}");
        assertThat(transfer.status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !id.tanggap.testsupport.TestMail.to("bpbd@ntbprov.example")
                        .isEmpty());
        // the transfer is an internal record: the public timeline does not show it (callcenter/CallCenterIT)
        assertThat(ComplaintRows.timeline(jdbc, ticket))
                .filteredOn(e -> e.internal()
                        && e.note() != null
                        && e.note().contains("dialihkan ke call center Badan Penanggulangan Bencana"))
                .hasSize(1);
        assertThat(api.get("/api/complaints/" + ticket).json().get("timeline").findValuesAsText("note"))
                .noneMatch(n -> n.contains("dialihkan"));
        assertThat(api.postAs(
                                "pupr",
                                "/api/call-center/calls/" + ticket + "/transfer",
                                "application/json",
                                "{\"toOpd\":\"XYZ\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anEmergencyCallIsNeverSwallowedByADecoyReportNearby() throws Exception {
        // an anonymous decoy on the web form, in the same category, 50 m from where the caller is
        String decoyJson = Api.complaint("WEB", "decoy-" + UUID.randomUUID(), "BANJIR", null, true)
                .replaceFirst("\"lat\":[-0-9.]+,\"lon\":[-0-9.]+", "\"lat\":-8.3000,\"lon\":116.9000")
                .replace(
                        "Jalan di depan Pasar Kebon Roek berlubang besar dan sudah dua motor jatuh minggu ini.",
                        "Genangan kecil saja, tidak perlu ditangani.")
                .replace("Jl. Adi Sucipto, Ampenan, Mataram", "Perempatan Bertais");
        var decoy = cases.submitJson(decoyJson);

        var logged = api.postAs("pupr", "/api/call-center/calls", "application/json", """
                {"callId":"%s","callerName":"Inaq Sahnun","callerPhone":"0819-7777-1234",
                 "text":"Banjir setinggi dada, tiga warga terjebak di atap rumah, butuh perahu.",
                 "category":"BANJIR","lat":-8.30045,"lon":116.9000,"address":"Gang Melati, Kelurahan Bertais","emergency":true}""".formatted(UUID.randomUUID()));
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("emergencyNotified").asBoolean()).isTrue();
        String ticket = logged.json().get("ticket").asText();
        // the call is a case of its own, with its own process, and no suggestion to hide it behind the decoy
        assertThat(ticket).isNotEqualTo(decoy.ticket());
        var call = new Cases.Case(ticket, cases.instanceOf(ticket));
        assertThat(cases.status(call)).isEqualTo("DITERIMA");
        assertThat(cases.row(call).get("duplicate_of_id")).isNull();
        assertThat(cases.row(call).get("suggested_duplicate_of_id")).isNull();
        cases.task(call, "Task_TriageComplaint");
        // the 112 e-mail carries the caller's own ticket, words and place
        var mail = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> TestMail.to("112@ntbprov.example").stream()
                                .filter(m -> TestMail.subjectOf(m).contains(ticket))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        assertThat(DevMailText.plainText(mail))
                .contains("tiga warga terjebak di atap", "Gang Melati, Kelurahan Bertais", "0819-7777-1234")
                .doesNotContain("Genangan kecil", "Perempatan Bertais", decoy.ticket());
        assertThat(TestMail.to("112@ntbprov.example").stream()
                        .filter(m -> TestMail.subjectOf(m).contains(decoy.ticket())))
                .isEmpty();
        // the decoy is untouched
        assertThat(cases.status(decoy)).isEqualTo("DITERIMA");
        assertThat(cases.row(decoy).get("supporter_count")).isEqualTo(0);
        assertThat(cases.publicStatus(decoy).get("timeline").findValuesAsText("note"))
                .noneMatch(n -> n.contains(ticket));
    }

    @Test
    void anEmergencyCallWithATypedAddressButNoCoordinatesKeepsTheAddress() throws Exception {
        var logged = api.postAs("pupr", "/api/call-center/calls", "application/json", """
                {"callId":"%s","callerName":"Amaq Sudirman","callerPhone":"0819-5555-4321",
                 "text":"Tebing longsor menimpa dua rumah, ada warga tertimbun.",
                 "category":"BANJIR","address":"Dusun Sembalun Bumbung, Lombok Timur","emergency":true}""".formatted(UUID.randomUUID()));
        assertThat(logged.status()).isEqualTo(201);
        String ticket = logged.json().get("ticket").asText();
        var mail = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> TestMail.to("112@ntbprov.example").stream()
                                .filter(m -> TestMail.subjectOf(m).contains(ticket))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        assertThat(DevMailText.plainText(mail)).contains("Dusun Sembalun Bumbung, Lombok Timur", "dua rumah");
        assertThat(ComplaintRows.value(jdbc, ticket, "body", String.class))
                .contains("Tebing longsor", "Dusun Sembalun Bumbung, Lombok Timur");
    }

    @Test
    void aConfidentialReporterIsHiddenFromTheOpdButKnownToDiskominfo() throws Exception {
        String json = Api.complaint("WEB", "conf-" + UUID.randomUUID(), "JALAN_RUSAK", "Dewi Lestari", false)
                .replace("\"anonymous\":false", "\"anonymous\":false,\"confidential\":true");
        var c = cases.submitJson(json);
        cases.triageValid(c, "JALAN_RUSAK");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "DPUPR".equals(ComplaintRows.value(jdbc, c.ticket(), "opd_code", String.class)));
        var opd = api.get("/api/cases/" + c.ticket(), "pupr", "tanggap");
        assertThat(opd.json().at("/reporter/name").asText()).isEqualTo("RAHASIA");
        assertThat(opd.body()).doesNotContain("Dewi", "0812");
        assertThat(api.get("/api/cases/" + c.ticket(), "diskominfo", "tanggap")
                        .json()
                        .at("/reporter/name")
                        .asText())
                .isEqualTo("Dewi Lestari");
    }
}
