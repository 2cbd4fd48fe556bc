package id.tanggap.inbox;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestPlatforms;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The social inbox behind the webhooks: every message is kept as an interaction, only confident
 * complaints become cases, redeliveries change nothing, an official's direct reply on the platform
 * counts as the case's response, the first automatic reply carries the privacy notice once, and the
 * report's counts per class.
 */
class SocialInboxIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Interactions interactions;

    @Autowired
    InteractionRepository repository;

    @Autowired
    ClassificationSweep sweep;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static String id() {
        return "1221456789_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
    }

    List<String> tickets(Api.Response r) {
        return SocialWebhooks.tickets(jdbc, r);
    }

    Map<String, Object> interaction(String platformMessageId) {
        return jdbc.queryForMap(
                "SELECT * FROM social_interaction WHERE platform = 'FACEBOOK' AND platform_message_id = ?",
                platformMessageId);
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void chatterIsKeptButOnlyAComplaintBecomesACaseAndARedeliveryChangesNothing() {
        int casesBefore = ComplaintRows.count(jdbc);
        String praise = id();
        String question = id();
        String spam = id();
        String complaint = id();
        var r = SocialWebhooks.deliver(api, SocialWebhooks.comment(praise, "70001", "Baiq Sari", "Mantap pak!", null));
        assertThat(r.status()).isEqualTo(200);
        assertThat(tickets(r)).isEmpty(); // waits for the classification
        assertThat(r.json().path("interactions")).hasSize(1);
        assertThat(tickets(SocialWebhooks.deliver(
                        api,
                        SocialWebhooks.comment(
                                question, "70002", "Lalu Ahmad", "Kapan pendaftaran beasiswa NTB dibuka pak?", null))))
                .isEmpty();
        assertThat(tickets(SocialWebhooks.deliver(
                        api,
                        SocialWebhooks.comment(
                                spam,
                                "70003",
                                "Toko Gacor",
                                "Promo slot gacor deposit 10rb bonus 100% klik bit.ly/x",
                                null))))
                .isEmpty();
        assertThat(ComplaintRows.count(jdbc)).isEqualTo(casesBefore);

        var c = SocialWebhooks.deliver(
                api,
                SocialWebhooks.comment(
                        complaint,
                        "70004",
                        "Lalu Muhammad Zaini",
                        "Pak gub jln di desa Sukarara rusak parahhh, lubangnya dalem bgt udh 2 org jatuh",
                        null));
        assertThat(tickets(c)).hasSize(1);
        String ticket = tickets(c).get(0);

        assertThat(interaction(praise)).containsEntry("class_code", "INFORMASI").containsEntry("state", "ARSIP");
        assertThat(interaction(question))
                .containsEntry("class_code", "PERTANYAAN")
                .containsEntry("state", "MENUNGGU");
        assertThat(interaction(spam)).containsEntry("class_code", "SPAM").containsEntry("state", "ARSIP");
        Map<String, Object> row = interaction(complaint);
        assertThat(row)
                .containsEntry("class_code", "ADUAN")
                .containsEntry("state", "KASUS")
                .containsEntry("ticket", ticket)
                .containsEntry("suggested_category", "JALAN_RUSAK");
        // the sender is personal data: encrypted at rest like the complaint's reporter
        assertThat(String.valueOf(row.get("sender_name"))).startsWith("v2:").doesNotContain("Zaini");
        assertThat(String.valueOf(row.get("sender_id"))).startsWith("v2:");
        Map<String, Object> caseRow = ComplaintRows.row(jdbc, ticket);
        assertThat(caseRow).containsEntry("channel", "FACEBOOK").containsEntry("category_code", "JALAN_RUSAK");
        assertThat(ComplaintRows.count(jdbc)).isEqualTo(casesBefore + 1);

        // the platform retries every delivery: the same interactions, the same case, nothing new
        int interactionsBefore = count("SELECT COUNT(*) FROM social_interaction");
        assertThat(tickets(SocialWebhooks.deliver(
                        api,
                        SocialWebhooks.comment(
                                complaint,
                                "70004",
                                "Lalu Muhammad Zaini",
                                "Pak gub jln di desa Sukarara rusak parahhh, lubangnya dalem bgt udh 2 org jatuh",
                                null))))
                .containsExactly(ticket);
        assertThat(tickets(SocialWebhooks.deliver(
                        api, SocialWebhooks.comment(praise, "70001", "Baiq Sari", "Mantap pak!", null))))
                .isEmpty();
        assertThat(count("SELECT COUNT(*) FROM social_interaction")).isEqualTo(interactionsBefore);
        assertThat(ComplaintRows.count(jdbc)).isEqualTo(casesBefore + 1);
    }

    @Test
    void redeliveriesTheQueueAndTheSweepRacingOnOneComplaintMakeOneCase() throws Exception {
        String complaint = id();
        byte[] body = SocialWebhooks.comment(
                complaint,
                "70030",
                "Baiq Rina",
                "Pak gub jln di desa Kateng rusak parahhh, lubangnya dalem bgt udh 3 org jatuh",
                null);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<String>>> racers = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // the platform delivering it again and again, at once
            racers.add(() -> {
                start.await();
                var r = SocialWebhooks.deliver(api, body);
                assertThat(r.status()).isEqualTo(200);
                return tickets(r);
            });
        }
        for (int i = 0; i < 6; i++) { // the sweep of this or another instance classifying it beside the queue
            boolean wholeSweep = i % 2 == 0;
            racers.add(() -> {
                start.await();
                long id = await().atMost(java.time.Duration.ofSeconds(30))
                        .until(
                                () -> repository
                                        .findByPlatformAndPlatformMessageId("FACEBOOK", complaint)
                                        .map(Interaction::getId)
                                        .orElse(null),
                                java.util.Objects::nonNull);
                if (wholeSweep) {
                    sweep.sweep();
                } else {
                    interactions.classify(id);
                }
                return List.of();
            });
        }
        Set<String> seen = new HashSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers.size())) {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (var r : racers) {
                futures.add(pool.submit(r));
            }
            start.countDown();
            for (var f : futures) {
                seen.addAll(f.get());
            }
        }
        assertThat(seen).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM social_interaction WHERE platform_message_id = ?", complaint))
                .isEqualTo(1);
        assertThat(interaction(complaint))
                .containsEntry("class_code", "ADUAN")
                .containsEntry("state", "KASUS")
                .containsEntry("ticket", seen.iterator().next());
        assertThat(ComplaintRows.countFrom(jdbc, "FACEBOOK", complaint)).isEqualTo(1);
        long complaintId = ComplaintRows.id(jdbc, seen.iterator().next());
        assertThat(ENGINE.instancesOfComplaint("complaint-handling", complaintId))
                .isEqualTo(1);
    }

    @Test
    void aMessageStoredButNeverQueuedIsClassifiedByTheSweepAndBecomesOneCase() {
        // as after a restart or a full queue: stored unclassified, nothing queued for it
        String lost = id();
        String text = "Sampah numpuk di pasar Kebon Roek udh seminggu gk diangkut, bau bgt pak";
        var message = new IncomingMessage(
                id.tanggap.shared.Channel.FACEBOOK,
                "FACEBOOK",
                SocialWebhooks.PAGE,
                lost,
                "70040",
                "Lalu Hasan",
                text,
                SocialWebhooks.POST,
                SocialWebhooks.POST,
                false,
                false,
                List.of());
        long interactionId = repository
                .saveAndFlush(new Interaction(message, null, InteractionClassifier.unclassified(text), Instant.now()))
                .getId();
        assertThat(interaction(lost)).containsEntry("class_code", "BELUM").containsEntry("state", "MENUNGGU");

        String ticket = await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> (String) interaction(lost).get("ticket"), java.util.Objects::nonNull);
        assertThat(interaction(lost))
                .containsEntry("id", interactionId)
                .containsEntry("class_code", "ADUAN")
                .containsEntry("state", "KASUS")
                .containsEntry("suggested_category", "SAMPAH");
        // a late redelivery of the same message answers the case, and makes nothing new
        var r = SocialWebhooks.deliver(api, SocialWebhooks.comment(lost, "70040", "Lalu Hasan", text, null));
        assertThat(r.json().path("tickets").get(0).asText()).isEqualTo(ticket);
        assertThat(ComplaintRows.countFrom(jdbc, "FACEBOOK", lost)).isEqualTo(1);
    }

    @Test
    void aReplyTheOfficialPostsDirectlyOnFacebookIsTheCasesResponse() {
        String complaint = id();
        String ticket = tickets(SocialWebhooks.deliver(
                        api,
                        SocialWebhooks.comment(
                                complaint,
                                "70010",
                                "Ni Made Ayu",
                                "Lampu jalan di Jl. Udayana mati udh seminggu, gelap bgt rawan begal",
                                null)))
                .get(0);
        assertThat(ComplaintRows.row(jdbc, ticket))
                .containsEntry("first_response_at", null)
                .containsEntry("reply_platform_id", null);

        // a reply under someone else's comment that is not an interaction changes nothing
        SocialWebhooks.deliver(api, SocialWebhooks.pageReply(id(), "1221456789_404", "Terima kasih."));

        String reply = id();
        byte[] official =
                SocialWebhooks.pageReply(reply, complaint, "Tim Dishub sudah menjadwalkan perbaikan lampu besok.");
        var r = SocialWebhooks.deliver(api, official);
        assertThat(r.status()).isEqualTo(200);
        assertThat(tickets(r)).isEmpty();
        Map<String, Object> row = interaction(complaint);
        assertThat(row).containsEntry("official_reply_id", reply);
        assertThat(row.get("official_replied_at")).isNotNull();
        Map<String, Object> c = ComplaintRows.row(jdbc, ticket);
        assertThat(c.get("first_response_at"))
                .as("the first-response clock stopped")
                .isNotNull();
        assertThat(c.get("reply_platform_id")).isEqualTo(reply);
        // the official's reply is not a new interaction or case
        assertThat(count("SELECT COUNT(*) FROM social_interaction WHERE platform_message_id = ?", reply))
                .isZero();
        SocialWebhooks.deliver(api, official); // redelivered: recorded once
        assertThat(ComplaintRows.timeline(jdbc, ticket))
                .filteredOn(e -> e.note() != null && e.note().startsWith("Dijawab langsung di Facebook"))
                .hasSize(1);
        var cases = new Cases(api, runtime, jdbc);
        assertThat(cases.publicStatus(new Cases.Case(ticket, cases.instanceOf(ticket)))
                        .get("timeline")
                        .findValuesAsText("note"))
                .contains("Dijawab langsung di Facebook oleh akun resmi")
                .noneMatch(n -> n.contains(reply));
    }

    @Test
    void theFirstAutomaticReplyToAPersonCarriesThePrivacyNoticeOnce() {
        String sender = "7" + (100000 + new java.util.Random().nextInt(800000));
        String first = id();
        String second = id();
        tickets(SocialWebhooks.deliver(
                api,
                SocialWebhooks.comment(first, sender, "Lalu Ahmad", "Kapan pendaftaran beasiswa dibuka pak?", null)));
        tickets(SocialWebhooks.deliver(
                api,
                SocialWebhooks.comment(second, sender, "Lalu Ahmad", "Syarat bikin KTP baru apa aja ya min?", null)));
        long firstId = ((Number) interaction(first).get("id")).longValue();
        long secondId = ((Number) interaction(second).get("id")).longValue();
        long savedReply = jdbc.queryForObject("SELECT MIN(id) FROM social_saved_reply", Long.class);

        for (long id : List.of(firstId, secondId)) {
            var r = api.postAs(
                    "diskominfo",
                    "/kotak-masuk",
                    "application/x-www-form-urlencoded",
                    "aksi=JAWAB:" + id + "&balasan=" + savedReply);
            assertThat(r.status()).isEqualTo(302);
        }
        var wire = TestPlatforms.get();
        wire.verify(
                1,
                postRequestedFor(urlEqualTo("/graph/" + first + "/comments"))
                        .withRequestBody(matchingJsonPath("$.message", containing("Terima kasih atas pertanyaannya")))
                        .withRequestBody(matchingJsonPath("$.message", containing("/privasi"))));
        wire.verify(1, postRequestedFor(urlEqualTo("/graph/" + second + "/comments")));
        wire.verify(
                0,
                postRequestedFor(urlEqualTo("/graph/" + second + "/comments"))
                        .withRequestBody(matchingJsonPath("$.message", containing("/privasi"))));
        assertThat(interaction(first)).containsEntry("state", "DIJAWAB");
        assertThat(interaction(first).get("answer_platform_id")).isNotNull();

        // a double click: the answer is not posted twice
        api.postAs(
                "diskominfo",
                "/kotak-masuk",
                "application/x-www-form-urlencoded",
                "aksi=JAWAB:" + firstId + "&balasan=" + savedReply);
        wire.verify(1, postRequestedFor(urlEqualTo("/graph/" + first + "/comments")));
    }

    @Test
    void theReportCountsInteractionsPerClass() {
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES);
        var before = interactions.countByClass(from, Instant.now().plus(1, ChronoUnit.MINUTES));
        tickets(SocialWebhooks.deliver(
                api,
                SocialWebhooks.comment(
                        id(), "70020", "Baiq Nur", "Usul pak, sebaiknya dibangun halte di depan kampus", null)));
        tickets(SocialWebhooks.deliver(
                api,
                SocialWebhooks.comment(id(), "70021", "Baiq Nur", "Berapa biaya perpanjang STNK sekarang?", null)));
        var after = interactions.countByClass(from, Instant.now().plus(1, ChronoUnit.MINUTES));
        assertThat(after.get(InteractionClass.ASPIRASI)).isEqualTo(before.get(InteractionClass.ASPIRASI) + 1);
        assertThat(after.get(InteractionClass.PERTANYAAN)).isEqualTo(before.get(InteractionClass.PERTANYAAN) + 1);
    }

    @Test
    void theOldestWaitingMessagesAreOnTheNextPageAndTheTotalIsStated() {
        // one page and one more, all waiting, on an account of their own so that the filter isolates them
        String account = "antre" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        Instant newest = Instant.parse("2026-12-04T11:15:00Z"); // 19.15 WITA
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= InboxPages.PAGE; i++) {
            rows.add(new Object[] {
                account + "_" + i,
                account,
                "Pesan antre nomor " + i,
                java.sql.Timestamp.from(newest.minus(i, ChronoUnit.MINUTES))
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO social_interaction (platform, platform_message_id, channel, account_id, body,"
                        + " direct_message, received_at, class_code, confidence, state)"
                        + " VALUES ('FACEBOOK', ?, 'FACEBOOK', ?, ?, FALSE, ?, 'PERTANYAAN', 0.9, 'MENUNGGU')",
                rows);
        var html = Map.of("Accept", "text/html");

        String first =
                api.getAs("diskominfo", "/kotak-masuk?akun=" + account, html).body();
        assertThat(first)
                .contains("Menampilkan 1\u2013200 dari 201 pesan")
                .contains(">Pesan antre nomor 0<", ">Pesan antre nomor 199<")
                .doesNotContain(">Pesan antre nomor 200<") // the most overdue one: on the next page
                .contains("4 Desember 2026 pukul 19.15 WITA")
                .doesNotContain("04-12-2026")
                .doesNotContain("Sebelumnya");
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"([^\"]*)\"[^>]*>Berikutnya<")
                .matcher(first);
        assertThat(next.find()).as("a link to the next page").isTrue();
        String nextPage = next.group(1).replace("&amp;", "&");
        assertThat(nextPage).contains("akun=" + account, "status=MENUNGGU", "halaman=2"); // the filter is kept

        String second = api.getAs("diskominfo", nextPage, html).body();
        assertThat(second)
                .contains("Menampilkan 201\u2013201 dari 201 pesan")
                .contains(">Pesan antre nomor 200<")
                .doesNotContain(">Pesan antre nomor 0<")
                .contains("Sebelumnya")
                .doesNotContain("Berikutnya");

        // a page number that makes no sense: the first page, not an error
        for (String bad : List.of("abc", "0", "-3", "999")) {
            var r = api.getAs("diskominfo", "/kotak-masuk?akun=" + account + "&halaman=" + bad, html);
            assertThat(r.status()).as(bad).isEqualTo(200);
            assertThat(r.body()).as(bad).contains("Menampilkan 1\u2013200 dari 201 pesan", ">Pesan antre nomor 0<");
        }
    }
}
