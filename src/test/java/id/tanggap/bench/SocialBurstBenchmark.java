package id.tanggap.bench;

import id.tanggap.inbox.SocialWebhooks;
import id.tanggap.testsupport.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * script/bench: a viral post. BENCH_BURST_MESSAGES (default 5,000) signed Facebook comments under one post
 * of the official page through POST /webhooks/meta, spread over BENCH_BURST_SECONDS (default 180, 0: as
 * fast as 50 clients can), drawn from the labelled messages written for the tests
 * (src/test/resources/inbox). Prints the rate, the webhook's answer latency p50/p99/max (counted from when
 * a comment was due), the errors (a platform would retry them), the interactions kept, how many were still
 * unclassified when the last answer came and when all were classified (the webhook answers before the
 * engine classifies; inbox/ClassificationQueue), and the cases made against the complaints in the burst.
 * Asserts nothing.
 */
public final class SocialBurstBenchmark {

    static final int CLIENTS = 50;

    record Labelled(String label, String text) {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getenv().getOrDefault("BENCH_BURST_MESSAGES", "5000"));
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_BURST_SECONDS", "180"));
        // how long to wait for the classification after the burst (the webhook figures do not depend on it)
        Duration classifyWait = Duration.parse(System.getenv().getOrDefault("BENCH_BURST_CLASSIFY_WAIT", "PT10M"));
        ConfigurableApplicationContext app =
                BenchApp.start("--logging.level.id.tanggap=WARN", "--tanggap.outbox.poll-interval=PT1S");
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Api api = new Api(port);
        try {
            List<Labelled> messages = labelled();
            System.out.println("warming up...");
            burst(api, messages, 100, 0, "warm");
            awaitClassified(
                    jdbc, classifyWait.compareTo(Duration.ofMinutes(2)) < 0 ? classifyWait : Duration.ofMinutes(2));

            int casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
            System.out.printf(
                    "%nsocial burst: %d signed comments under one post, %s, %d clients at most in flight%n",
                    n, seconds == 0 ? "as fast as possible" : "spread over " + seconds + " s", CLIENTS);
            long t0 = System.nanoTime();
            String run = "burst-" + UUID.randomUUID().toString().substring(0, 8);
            Result r = burst(api, messages, n, seconds, run);
            String ids = idPrefix(run) + "%"; // this burst's comments only (received_at is kept to the second)
            double httpSeconds = (System.nanoTime() - t0) / 1e9;
            int waiting = count(jdbc, "class_code = 'BELUM'", ids);
            awaitClassified(jdbc, classifyWait);
            double allClassified = (System.nanoTime() - t0) / 1e9;
            int stillUnclassified = count(jdbc, "class_code = 'BELUM' AND state = 'MENUNGGU'", ids);
            Thread.sleep(2000);

            long[] l = r.latencies();
            Arrays.sort(l);
            int kept = count(jdbc, "1 = 1", ids);
            int cases = count(jdbc, "ticket IS NOT NULL", ids);
            int complaints = r.complaints();
            int casesOfComplaints = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM social_interaction WHERE platform_message_id LIKE ? AND ticket IS NOT NULL AND body IN ("
                            + String.join(
                                    ",",
                                    messages.stream()
                                            .filter(m -> m.label().equals("ADUAN"))
                                            .map(m -> "?")
                                            .toList())
                            + ")",
                    Integer.class,
                    concat(
                            ids,
                            messages.stream()
                                    .filter(m -> m.label().equals("ADUAN"))
                                    .map(Labelled::text)
                                    .toArray()));
            System.out.printf(
                    "  sent:                     %8.1f comments/s (%d in %.1f s)%n", n / httpSeconds, n, httpSeconds);
            System.out.printf(
                    "  latency p50 / p99 / max:  %8.1f / %.1f / %.1f ms%n",
                    ms(l, 0.50), ms(l, 0.99), l[l.length - 1] / 1e6);
            System.out.printf("  errors (non-200 answers): %8d%n", r.errors());
            System.out.printf("  interactions kept:        %8d of %d%n", kept, n);
            System.out.printf(
                    "  unclassified when the last answer came: %d of %d; %s%n",
                    waiting,
                    kept,
                    stillUnclassified == 0
                            ? String.format("all classified %.1f s after the first comment", allClassified)
                            : String.format(
                                    "%d still unclassified %.1f s after the first comment (BENCH_BURST_CLASSIFY_WAIT)",
                                    stillUnclassified, allClassified));
            System.out.printf(
                    "  cases made:               %8d (new complaint rows: %d) for %d complaints in the burst; %d of the cases are complaints%n",
                    cases,
                    jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class) - casesBefore,
                    complaints,
                    casesOfComplaints);
        } catch (Exception e) {
            System.out.println("benchmark stopped: " + e);
            throw e;
        } finally {
            app.close();
            System.exit(0);
        }
    }

    static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static int count(JdbcTemplate jdbc, String where, String ids) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM social_interaction WHERE platform_message_id LIKE ? AND " + where,
                Integer.class,
                ids);
    }

    static String idPrefix(String run) {
        return "1229" + Math.abs(run.hashCode()) + "_";
    }

    static void awaitClassified(JdbcTemplate jdbc, Duration max) throws InterruptedException {
        long until = System.nanoTime() + max.toNanos();
        while (jdbc.queryForObject(
                                "SELECT COUNT(*) FROM social_interaction WHERE class_code = 'BELUM' AND state = 'MENUNGGU'",
                                Integer.class)
                        > 0
                && System.nanoTime() < until) {
            Thread.sleep(500);
        }
    }

    record Result(long[] latencies, int errors, int complaints) {}

    /** Comment i is due at i * seconds / count (seconds 0: at once, at most CLIENTS in flight). */
    static Result burst(Api api, List<Labelled> messages, int count, int seconds, String prefix) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger errors = new AtomicInteger();
        int complaints = 0;
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        Semaphore inFlight = new Semaphore(CLIENTS);
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                Labelled m = messages.get(i % messages.size());
                complaints += m.label().equals("ADUAN") ? 1 : 0;
                byte[] body =
                        SocialWebhooks.comment(idPrefix(prefix) + i, "9" + (1000000 + i), "Warga " + i, m.text(), null);
                long due = seconds == 0 ? System.nanoTime() : t0 + (long) (i * (seconds * 1e9) / count);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int k = i;
                inFlight.acquire();
                pool.submit(() -> {
                    long sent = seconds == 0 ? System.nanoTime() : due;
                    try {
                        HttpResponse<String> r = http.send(
                                HttpRequest.newBuilder(URI.create(api.base() + "/webhooks/meta"))
                                        .header("Content-Type", "application/json")
                                        .header("X-Hub-Signature-256", SocialWebhooks.signature(body))
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    } finally {
                        latencies[k] = System.nanoTime() - sent;
                        inFlight.release();
                    }
                });
            }
        }
        return new Result(latencies, errors.get(), complaints);
    }

    static List<Labelled> labelled() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (var in = SocialBurstBenchmark.class.getResourceAsStream("/inbox/social-messages.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                if (!f[2].equals("BALASAN_ADUAN")) { // a burst under a post: top-level comments
                    out.add(new Labelled(f[1], f[3]));
                }
            }
        }
        return out;
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
