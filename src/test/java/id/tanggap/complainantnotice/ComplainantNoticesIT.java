package id.tanggap.complainantnotice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.PublicChange;
import id.tanggap.devrun.DevMailText;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.shared.Channel;
import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Everyone hears what concerns them: the complainant is told of each public change of their case on the channel
 * they used, once per change, within each platform's rules; callers with only a phone get an SMS or a call-back;
 * SP4N-LAPOR! cases report their status back.
 */
@Tag("scenario")
class ComplainantNoticesIT extends CaseScenarioTest {

    private static final String WHATSAPP_NUMBER_ID = "106540352242922";

    @Autowired
    ComplaintIntake intake;

    @Autowired
    ComplainantNotices notices;

    @Autowired
    NoticeDispatcher dispatcher;

    @Autowired
    ConfigurableEnvironment environment;

    private Cases.Case submit(Channel channel, String contact, ComplaintIntake.Origin origin) {
        var s = Cases.channelMessage(
                channel,
                channel.name().toLowerCase() + "-" + UUID.randomUUID(),
                "JALAN_RUSAK",
                "Baiq Nurul",
                contact,
                -8.58,
                116.11,
                null);
        var accepted = intake.submit(s, origin);
        return new Cases.Case(accepted.ticket(), cases.instanceOf(accepted.ticket()));
    }

    private List<Map<String, Object>> noticeRows(Cases.Case c) {
        return jdbc.queryForList(
                "SELECT n.* FROM complainant_notice n JOIN complaint c ON c.id = n.complaint_id WHERE c.ticket = ?"
                        + " ORDER BY n.id",
                c.ticket());
    }

    private Map<String, Object> noticeOf(Cases.Case c, String kind) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> noticeRows(c).stream()
                                .filter(r -> kind.equals(r.get("kind")))
                                .findFirst()
                                .orElse(null),
                        r -> r != null && !"PENDING".equals(r.get("state")));
    }

    @Test
    void anEmailComplainantHearsOfEveryChangeOnceAndARedeliveredChangeSendsNothing() throws Exception {
        String reporter = "inaq." + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
        var c = submit(Channel.EMAIL, reporter, null);

        // the receipt with the ticket
        String receipt = DevMailText.plainText(
                cases.mails(c, reporter, "Aduan Anda diterima", 1).get(0));
        assertThat(receipt).contains("nomor tiket " + c.ticket(), "/lacak/" + c.ticket());

        // the disposition names the OPD
        cases.triageValid(c, "JALAN_RUSAK");
        String disposition = DevMailText.plainText(
                cases.mails(c, reporter, "Didisposisikan ke OPD", 1).get(0));
        assertThat(disposition).contains(c.ticket(), "Diteruskan ke Dinas");

        // the response and the resolution come from the process's own reply steps, once each
        cases.respond(c, "Tim Bina Marga memeriksa lokasi besok.");
        cases.mails(c, reporter, "Tanggapan atas aduan", 1);
        cases.resolve(c, "Lubang sudah ditambal.");
        cases.mails(c, reporter, "telah ditindaklanjuti", 1);
        assertThat(noticeOf(c, "RESPONSE").get("state")).isEqualTo("DELEGATED");
        assertThat(noticeOf(c, "RESOLVED").get("proof")).isEqualTo("notifyComplainant");

        assertThat(cases.rate(c, 5).status()).isEqualTo(202);
        cases.verify(c, "APPROVE");
        String closed =
                DevMailText.plainText(cases.mails(c, reporter, "Ditutup", 1).get(0));
        assertThat(closed).contains("Aduan " + c.ticket() + " telah ditutup");

        // a change delivered again (the publication registry after a crash) finds its notice and sends nothing
        var disposed = noticeOf(c, "DISPOSITION");
        long complaintId = ((Number) disposed.get("complaint_id")).longValue();
        var again = new PublicChange(
                complaintId,
                c.ticket(),
                (String) disposed.get("change_key"),
                ComplaintStatus.DIDISPOSISI,
                "Diskominfotik",
                (String) disposed.get("note"),
                Instant.now());
        assertThat(notices.record(again)).isEmpty();
        dispatcher.sweep();
        Thread.sleep(1500);
        assertThat(cases.mailCount(c, reporter, "Didisposisikan ke OPD")).isEqualTo(1);
        assertThat(cases.mailCount(c, reporter, "Aduan Anda diterima")).isEqualTo(1);
        assertThat(cases.mailCount(c, reporter, "Tanggapan atas aduan")).isEqualTo(1);
        assertThat(cases.mailCount(c, reporter, "telah ditindaklanjuti")).isEqualTo(1);
        assertThat(noticeRows(c))
                .extracting(r -> r.get("kind"))
                .containsExactly("RECEIPT", "DISPOSITION", "RESPONSE", "RESOLVED", "CLOSED");
        assertThat(TestMail.to(reporter)).hasSize(5);
    }

    @Test
    void onWhatsAppFreeTextGoesWithinTwentyFourHoursAndAnApprovedTemplateAfterwards() {
        String phone = "62819" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        var c = submit(Channel.WHATSAPP, null, new ComplaintIntake.Origin(WHATSAPP_NUMBER_ID, phone));

        // within the window: the receipt as text, with the ticket
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> TestPlatforms.get()
                        .verify(postRequestedFor(urlEqualTo("/graph/" + WHATSAPP_NUMBER_ID + "/messages"))
                                .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                                .withRequestBody(matchingJsonPath("$.type", equalTo("text")))
                                .withRequestBody(matchingJsonPath(
                                        "$.text.body", containing("diterima dengan nomor tiket " + c.ticket())))));

        // a day and an hour later (the person's last message moved back: the clock moved on), once registerComplaint
        // has saved the case (a save after this update would write the old time back)
        ComplaintRows.awaitRegistered(jdbc, c.ticket());
        jdbc.update(
                "UPDATE complaint SET created_at = ? WHERE ticket = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(25))),
                c.ticket());
        cases.triageValid(c, "JALAN_RUSAK");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> TestPlatforms.get()
                        .verify(
                                1,
                                postRequestedFor(urlEqualTo("/graph/" + WHATSAPP_NUMBER_ID + "/messages"))
                                        .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                                        .withRequestBody(matchingJsonPath("$.type", equalTo("template")))
                                        .withRequestBody(
                                                matchingJsonPath("$.template.name", equalTo("tanggap_status_aduan")))
                                        .withRequestBody(matchingJsonPath("$.template.language.code", equalTo("id")))
                                        .withRequestBody(matchingJsonPath(
                                                "$.template.components[0].parameters[0].text", equalTo(c.ticket())))
                                        .withRequestBody(matchingJsonPath(
                                                "$.template.components[0].parameters[1].text",
                                                equalTo("Didisposisikan ke OPD")))));
        // no free text after the window
        TestPlatforms.get()
                .verify(
                        0,
                        postRequestedFor(urlEqualTo("/graph/" + WHATSAPP_NUMBER_ID + "/messages"))
                                .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                                .withRequestBody(matchingJsonPath("$.text.body", containing("OPD yang berwenang"))));
        assertThat(noticeOf(c, "DISPOSITION").get("state")).isEqualTo("SENT");
    }

    @Test
    void aCallerWithAPhoneNumberGetsAnSmsThroughTheGatewayAndARetryAfterAFailureSendsItOnce() throws Exception {
        var wiremock = TestPlatforms.get();
        // the gateway fails at first (500: the HTTP client itself does not retry it, as it does a 503)
        var down = wiremock.stubFor(
                post(urlPathEqualTo("/sms/messages")).willReturn(aResponse().withStatus(500)));
        var gateway = new MapPropertySource(
                "sms-gateway",
                Map.of(
                        "tanggap.complainant-notice.sms.url",
                        wiremock.baseUrl() + "/sms/messages",
                        "tanggap.complainant-notice.sms.token",
                        "sms-test-token"));
        environment.getPropertySources().addFirst(gateway);
        try {
            String phone = "0819-" + (1000_0000 + new java.util.Random().nextInt(8999_9999));
            String e164 = "+62" + phone.substring(1).replace("-", "");
            var c = submit(Channel.CALL_CENTER, phone, null);

            // the gateway was down: the receipt waits for its retry
            Map<String, Object> first = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> noticeRows(c).stream()
                                    .filter(r -> "RECEIPT".equals(r.get("kind")))
                                    .findFirst()
                                    .orElse(null),
                            r -> r != null && r.get("last_error") != null);
            assertThat(first.get("route")).isEqualTo("SMS");
            assertThat(first.get("state")).isEqualTo("PENDING");
            // ... and back
            wiremock.removeStub(down);
            wiremock.stubFor(post(urlPathEqualTo("/sms/messages"))
                    .willReturn(aResponse()
                            .withStatus(202)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"id\":\"sms-0001\",\"status\":\"QUEUED\"}")));
            jdbc.update(
                    "UPDATE complainant_notice SET next_attempt_at = ? WHERE id = ?",
                    java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                    first.get("id"));
            dispatcher.sweep();
            dispatcher.sweep();
            assertThat(noticeOf(c, "RECEIPT").get("proof")).isEqualTo("sms:sms-0001");
            // both tries carried the same key, so a gateway that took the first one sends nothing twice
            wiremock.verify(
                    2,
                    postRequestedFor(urlPathEqualTo("/sms/messages"))
                            .withHeader("Authorization", equalTo("Bearer sms-test-token"))
                            .withHeader("Idempotency-Key", equalTo("notice:" + first.get("complaint_id") + ":intake"))
                            .withRequestBody(matchingJsonPath("$.to", equalTo(e164)))
                            .withRequestBody(matchingJsonPath("$.from", equalTo("TANGGAP")))
                            .withRequestBody(matchingJsonPath("$.text", containing(c.ticket())))
                            .withRequestBody(matchingJsonPath("$.text", containing("Aduan Anda diterima"))));
            // the failed try and the retry, nothing more: a later sweep finds the notice sent
            dispatcher.sweep();
            wiremock.verify(
                    2,
                    postRequestedFor(urlPathEqualTo("/sms/messages"))
                            .withRequestBody(matchingJsonPath("$.to", equalTo(e164))));
        } finally {
            environment.getPropertySources().remove("sms-gateway");
        }
    }

    @Test
    void withoutAnSmsGatewayTheCallCenterGetsACallBackTaskForAPhoneOnlyCaller() {
        String phone = "0818-" + (1000_0000 + new java.util.Random().nextInt(8999_9999));
        var c = submit(Channel.CALL_CENTER, phone, null);
        // the agent gave the ticket during the call: no call-back for the receipt
        assertThat(noticeOf(c, "RECEIPT").get("state")).isEqualTo("DELEGATED");

        cases.triageValid(c, "JALAN_RUSAK");
        Instant disposed = Instant.now();
        var notice = noticeOf(c, "DISPOSITION");
        assertThat(notice.get("route")).isEqualTo("CALLBACK");
        long instance = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> ENGINE.processInstances("complainant-callback").stream()
                                .filter(k -> c.ticket()
                                        .equals(ENGINE.processVariables(k).get("ticket")))
                                .toList(),
                        l -> !l.isEmpty())
                .get(0);
        var task = runtime.awaitUserTask(instance, "Task_CallBackComplainant");
        assertThat(task.formId()).isEqualTo("complainant-callback");
        assertThat(task.candidateGroups()).containsExactly("diskominfo");
        // due a day after the change, to the minute
        Instant due = ProcessDates.parse(task.dueDate());
        assertThat(due)
                .isBetween(
                        disposed.plus(Duration.ofHours(24)).minusSeconds(90),
                        disposed.plus(Duration.ofHours(24)).plusSeconds(5));
        assertThat(String.valueOf(ENGINE.processVariables(instance).get("callbackMessage")))
                .contains(c.ticket(), "Diteruskan ke Dinas")
                .doesNotContain(phone.replace("-", ""));
        assertThat(ENGINE.processVariables(instance).values())
                .noneMatch(v -> String.valueOf(v).contains("0818"));

        // the delivery again (a retry of the start) starts nothing more
        dispatcher.sweep();
        runtime.completeUserTask(task.key(), Map.of("callbackOutcome", "REACHED"));
        runtime.awaitCompletedThrough(instance, "Task_RecordCallback", "EndEvent_CalledBack");
        assertThat(ComplaintRows.timeline(jdbc, c.ticket()).stream()
                        .filter(ComplaintRows.Event::internal)
                        .map(ComplaintRows.Event::note))
                .contains("Call center menelepon balik pelapor dan menyampaikan pemberitahuan");
        assertThat(ENGINE.processInstances("complainant-callback").stream()
                        .filter(k ->
                                c.ticket().equals(ENGINE.processVariables(k).get("ticket"))))
                .hasSize(1);
    }

    @Test
    void aCaseFromLaporReportsItsStatusBackThroughTheLaporAdapter() {
        var wiremock = TestPlatforms.get();
        String laporId = "LAPOR-2026-" + (100000 + new java.util.Random().nextInt(899999));
        String reporter = "lalu.wira." + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
        wiremock.stubFor(post(urlPathEqualTo("/lapor/api/v1/pengaduan/" + laporId + "/status"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"ST-" + laporId + "\"}")));
        var r = cases.api()
                .post(
                        "/api/lapor/disposisi",
                        """
                        {"id":"%s","isi":"Lampu jalan di Jl. Udayana mati sejak seminggu.","kategori":"JALAN_RUSAK",
                         "pelapor":{"nama":"Lalu Wira","kontak":"%s","anonim":false}}""".formatted(laporId, reporter).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Map.of("Authorization", "Bearer lapor-inbound-test-token"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String ticket = r.json().get("ticket").asText();
        var c = new Cases.Case(ticket, cases.instanceOf(ticket));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> wiremock.verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/lapor/api/v1/pengaduan/" + laporId + "/status"))
                                .withHeader("Authorization", equalTo("Bearer lapor-outbound-test-token"))
                                .withHeader("Idempotency-Key", containing(":intake"))
                                .withRequestBody(matchingJsonPath("$.referensi", equalTo(ticket)))
                                .withRequestBody(matchingJsonPath("$.status", equalTo("DITERIMA")))));
        cases.triageValid(c, "JALAN_RUSAK");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> wiremock.verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/lapor/api/v1/pengaduan/" + laporId + "/status"))
                                .withRequestBody(matchingJsonPath("$.status", equalTo("DIDISPOSISI")))
                                .withRequestBody(matchingJsonPath("$.keterangan", containing("Diteruskan ke Dinas")))
                                .withRequestBody(
                                        matchingJsonPath("$.tautanPelacakan", containing("/lacak/" + ticket)))));
        assertThat(noticeOf(c, "DISPOSITION").get("proof")).isEqualTo("SP4N-LAPOR! ST-" + laporId);
        // SP4N-LAPOR! tells its own reporter: nothing goes to the address it passed on
        assertThat(TestMail.to(reporter)).isEmpty();
    }
}
