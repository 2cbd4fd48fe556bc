package id.tanggap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.shared.Channel;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.OutboxRows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The intake: validation (through the public door), deduplication of channel messages and of web retries, anonymity. */
class ComplaintIntakeIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplaintIntake intake;

    private int rows() {
        return ComplaintRows.count(jdbc) + OutboxRows.count(jdbc) + ComplaintRows.allEvents(jdbc);
    }

    @Test
    void invalidInputIsAnsweredWithProblemDetailsNamingEachFieldAndStoresNothing() {
        Api api = new Api(port);
        int before = rows();
        var r = api.post("/api/complaints", """
                {"channel":"WEB","reporter":{"anonymous":false},"text":"pendek",
                 "category":"TIDAK_ADA","location":{"lat":123.0,"lon":116.1},"attachments":["ftp://x"]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("title").asText()).isEqualTo("Data tidak valid");
        assertThat(fields(r.json()))
                .containsExactlyInAnyOrder("attachments[0]", "category", "location.lat", "reporter.name", "text");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void missingFieldsAndWrongTypesAreNamed() {
        Api api = new Api(port);
        var missing = api.post("/api/complaints", "{}");
        assertThat(missing.status()).isEqualTo(400);
        // the channel may be left out: the public door is the web channel
        assertThat(fields(missing.json())).containsExactlyInAnyOrder("reporter", "text", "category");

        var badChannel = api.post(
                "/api/complaints", Api.complaint("TELEPATI", "x-" + UUID.randomUUID(), "SAMPAH", "Ani", false));
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(fields(badChannel.json())).containsExactly("channel");

        var notJson = api.post("/api/complaints", "{\"channel\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theSameChannelMessageIsOneCaseAndStartsOneProcess() {
        // the signed webhook door hands each platform message to the intake with the platform's id
        String externalId = "fb-comment-" + UUID.randomUUID();
        double lat = -8.9 + Math.random() * 0.6;
        double lon = 116.0 + Math.random() * 0.6;
        var message =
                Cases.channelMessage(Channel.FACEBOOK, externalId, "BANJIR", "Made Wirawan", null, lat, lon, null);
        var first = intake.submit(message);
        var again = intake.submit(message);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        String ticket = first.ticket();
        assertThat(again.ticket()).isEqualTo(ticket);

        // the same id on another channel is another message, hence another case
        var otherChannel = intake.submit(Cases.channelMessage(
                Channel.INSTAGRAM, externalId, "BANJIR", "Made Wirawan", null, lat - 0.1, lon, null));
        assertThat(otherChannel.created()).isTrue();
        assertThat(otherChannel.ticket()).isNotEqualTo(ticket);

        Long instance = await().atMost(Duration.ofSeconds(15))
                .until(() -> ComplaintRows.processInstance(jdbc, ticket), k -> k != null);
        assertThat(ComplaintRows.countFrom(jdbc, "FACEBOOK", externalId)).isEqualTo(1);
        // the row learns its instance inside registerComplaint's transaction, before the engine has the job's result
        // (the ticket variable); wait for that completion instead of reading the log in between
        await().atMost(Duration.ofSeconds(15))
                .until(() -> ENGINE.processVariables(instance).get("ticket"), ticket::equals);
        assertThat(instancesFor(ticket)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyMakeOneCase() throws Exception {
        Api api = new Api(port);
        String key = "retry-" + UUID.randomUUID();
        String body = Api.complaint("WEB", null, "KEMACETAN", "Ketut Sudarma", false);
        List<Callable<Api.Response>> deliveries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            deliveries.add(() -> api.postWeb(body, key));
        }
        Set<String> tickets = new HashSet<>();
        int created = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (Future<Api.Response> f : pool.invokeAll(deliveries)) {
                Api.Response r = f.get();
                assertThat(r.status()).as(r.body()).isIn(200, 201);
                created += r.status() == 201 ? 1 : 0;
                tickets.add(r.json().get("ticket").asText());
            }
        }
        assertThat(tickets).hasSize(1);
        assertThat(created).isEqualTo(1);
        assertThat(ComplaintRows.countFrom(jdbc, "WEB", "web:" + key)).isEqualTo(1);
        String ticket = tickets.iterator().next();
        await().atMost(Duration.ofSeconds(15)).until(() -> instancesFor(ticket) == 1);
    }

    @Test
    void anAnonymousReportStoresNoIdentity() {
        Api api = new Api(port);
        var r = api.post(
                "/api/complaints",
                Api.complaint("WEB", "anon-" + UUID.randomUUID(), "PERILAKU_APARATUR", "Nama Yang Dibuang", true));
        assertThat(r.status()).isEqualTo(201);
        var row = ComplaintRows.row(jdbc, r.json().get("ticket").asText());
        assertThat(row.get("reporter_name")).isNull();
        assertThat(row.get("reporter_contact")).isNull();
        assertThat(row.get("anonymous")).isIn(true, 1, (byte) 1);
    }

    /** Instances of complaint-handling started for the case (the start message carries its id). */
    private long instancesFor(String ticket) {
        long complaintId = ComplaintRows.id(jdbc, ticket);
        return ENGINE.instancesOfComplaint("complaint-handling", complaintId);
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsText("field");
    }
}
