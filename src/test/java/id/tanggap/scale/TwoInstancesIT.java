package id.tanggap.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.TanggapApplication;
import id.tanggap.inbox.SocialWebhooks;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on the same database, engine and mail server, as behind the
 * reverse proxy: a duplicate storm (the same report with the same Idempotency-Key and the same
 * platform webhook sent to both at once) and a steady load lose no case and double none (one
 * complaint row and one process instance per ticket), every e-mail goes out once, and a timer of the
 * engine starts its process once, however many instances listen.
 */
class TwoInstancesIT extends IntegrationTest {

    static final int STORM_KEYS = 15;
    static final int STEADY = 20;

    private static ConfigurableApplicationContext second;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** The second instance: the same application and properties as the first, on its own port. */
    static synchronized int secondInstance() {
        if (second == null) {
            second = new SpringApplicationBuilder(TanggapApplication.class)
                    .profiles("test")
                    // as command-line arguments: above application.yml, as the first context's dynamic properties are
                    .run(
                            "--server.port=0",
                            "--camunda.client.grpc-address=" + ENGINE.grpcAddress(),
                            "--spring.mail.host=127.0.0.1",
                            "--spring.mail.port=" + TestMail.port(),
                            "--tanggap.mail.inbound.host=127.0.0.1",
                            "--tanggap.mail.inbound.port=" + TestMail.imapPort(),
                            "--tanggap.mail.inbound.protocol=imap",
                            "--tanggap.mail.inbound.username=" + TestMail.INBOUND_ADDRESS,
                            "--tanggap.mail.inbound.password=" + TestMail.INBOUND_PASSWORD,
                            "--tanggap.mail.inbound.address=" + TestMail.INBOUND_ADDRESS,
                            "--tanggap.mail.inbound.poll-interval=PT2S",
                            "--tanggap.channels.meta.graph-url=" + TestPlatforms.graphUrl(),
                            "--tanggap.channels.x.api-url=" + TestPlatforms.xUrl(),
                            "--tanggap.lapor.base-url=" + TestPlatforms.get().baseUrl() + "/lapor",
                            // both instances sweep their outboxes often, so they compete for the same rows
                            "--tanggap.outbox.poll-interval=PT0.5S");
        }
        return Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopSecond() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void aDuplicateStormAndASteadyLoadOnTwoInstancesLoseAndDoubleNothing() throws Exception {
        Api a = new Api(port);
        Api b = new Api(secondInstance());
        long mailsBefore = TestMail.get().getReceivedMessages().length;
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();

        // the storm: every report sent twice to each instance at the same moment, under one retry key
        Map<String, String> bodies = new HashMap<>();
        List<Future<Api.Response>> storm = new ArrayList<>();
        Map<Future<Api.Response>, String> keyOf = new HashMap<>();
        for (int i = 0; i < STORM_KEYS; i++) {
            String key = UUID.randomUUID().toString();
            bodies.put(key, Api.complaint("WEB", null, "JALAN_RUSAK", "Warga Badai " + i, false));
        }
        for (var e : bodies.entrySet()) {
            for (Api instance : List.of(a, b, a, b)) {
                Future<Api.Response> f = clients.submit(() -> instance.postWeb(e.getValue(), e.getKey()));
                keyOf.put(f, e.getKey());
                storm.add(f);
            }
        }
        // the same Facebook comment delivered to both instances (Meta retries and fans out)
        String comment = "c-" + UUID.randomUUID();
        byte[] delivery = SocialWebhooks.comment(
                comment,
                "70991",
                "Lalu Rahman",
                "Jalan di depan SDN 3 Praya berlubang besar, mohon segera diperbaiki",
                null);
        List<Future<Api.Response>> webhooks = new ArrayList<>();
        for (Api instance : List.of(a, b, a, b)) {
            webhooks.add(clients.submit(() -> SocialWebhooks.deliver(instance, delivery)));
        }

        // the steady load alongside: one new report every 150 ms, alternating between the instances
        List<Future<Api.Response>> steady = new ArrayList<>();
        Map<Future<Api.Response>, String> steadyKey = new HashMap<>();
        List<Future<String>> forms = new ArrayList<>();
        for (int i = 0; i < STEADY; i++) {
            Api instance = i % 2 == 0 ? a : b;
            String key = UUID.randomUUID().toString();
            String body = Api.complaint("WEB", null, "SAMPAH", "Warga Tetap " + i, false);
            Future<Api.Response> f = clients.submit(() -> instance.postWeb(body, key));
            steady.add(f);
            steadyKey.put(f, key);
            // and the browser form on the same instance (its session is that instance's): a receipt e-mail each
            int n = i;
            forms.add(clients.submit(() -> ComplaintForm.submit(instance.base(), n)));
            Thread.sleep(150);
        }

        Map<String, Set<String>> ticketsByKey = new HashMap<>();
        for (Future<Api.Response> f : storm) {
            Api.Response r = f.get();
            assertThat(r.status()).as(r.body()).isIn(200, 201);
            ticketsByKey
                    .computeIfAbsent(keyOf.get(f), k -> new HashSet<>())
                    .add(r.json().get("ticket").asText());
        }
        List<String> tickets = new ArrayList<>();
        for (var e : ticketsByKey.entrySet()) {
            assertThat(e.getValue())
                    .as("one ticket for every answer under key %s", e.getKey())
                    .hasSize(1);
            assertThat(ComplaintRows.countFrom(jdbc, "WEB", "web:" + e.getKey()))
                    .isEqualTo(1);
            tickets.add(e.getValue().iterator().next());
        }
        for (Future<Api.Response> f : steady) {
            Api.Response r = f.get();
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(ComplaintRows.countFrom(jdbc, "WEB", "web:" + steadyKey.get(f)))
                    .isEqualTo(1);
            tickets.add(r.json().get("ticket").asText());
        }
        for (Future<String> f : forms) {
            String ticket = f.get();
            assertThat(ticket)
                    .as("the form's answer redirects to the tracking page")
                    .isNotNull();
            tickets.add(ticket);
        }
        for (Future<Api.Response> f : webhooks) {
            assertThat(f.get().status()).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM social_interaction WHERE platform_message_id = ?",
                        Integer.class,
                        comment))
                .isEqualTo(1);
        Set<String> commentTickets = new HashSet<>();
        for (Future<Api.Response> f : webhooks) {
            commentTickets.addAll(SocialWebhooks.tickets(jdbc, f.get()));
        }
        assertThat(commentTickets).as("cases made from the one comment").hasSizeLessThanOrEqualTo(1);
        List<String> fromComment = List.copyOf(commentTickets);
        tickets.addAll(fromComment);
        assertThat(tickets).doesNotHaveDuplicates().hasSize(STORM_KEYS + 2 * STEADY + fromComment.size());

        // one process instance per ticket, whichever instance relayed its start
        for (String ticket : tickets) {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> ComplaintRows.processInstance(jdbc, ticket), k -> k != null);
        }
        Map<Long, Long> instancesPerComplaint = ENGINE.instancesPerComplaint("complaint-handling");
        for (String ticket : tickets) {
            assertThat(instancesPerComplaint.get(ComplaintRows.id(jdbc, ticket)))
                    .as("process instances of %s", ticket)
                    .isEqualTo(1L);
        }

        // every e-mail of these cases is sent, and none twice (both instances' relays and sweeps compete for them)
        List<Long> idList = tickets.stream().map(t -> ComplaintRows.id(jdbc, t)).toList();
        await().atMost(Duration.ofSeconds(120))
                .until(() -> !CaseMails.of(jdbc, tickets, idList).containsValue("PENDING"));
        List<String> sent = List.copyOf(CaseMails.of(jdbc, tickets, idList).keySet());
        assertThat(sent).isNotEmpty();
        Thread.sleep(3000); // a second send by the other instance would arrive by now
        Map<String, Long> received = Arrays.stream(TestMail.get().getReceivedMessages())
                .skip(mailsBefore)
                .map(TwoInstancesIT::messageId)
                .filter(sent::contains)
                .collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(received).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
        clients.shutdown();
    }

    @Test
    void aTimerOfTheEngineStartsItsProcessOnceWhateverTheNumberOfInstances() {
        secondInstance();
        long before = weeklyReportStarts();
        // a week on the engine clock passes exactly one Monday 07:00 WITA
        ENGINE.increaseTime(Duration.ofDays(7));
        await().atMost(Duration.ofSeconds(60)).until(() -> weeklyReportStarts() > before);
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(10))
                .until(() -> weeklyReportStarts() == before + 1);
    }

    private long weeklyReportStarts() {
        return StreamSupport.stream(ENGINE.records().processInstanceRecords().spliterator(), false)
                .filter(r -> r.getValue().getBpmnProcessId().equals("periodic-report"))
                .filter(r -> r.getValue().getElementId().equals("StartEvent_Weekly"))
                .filter(r -> r.getIntent().name().equals("ELEMENT_COMPLETED"))
                .count();
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            return "";
        }
    }
}
