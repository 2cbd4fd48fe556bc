package id.tanggap.bench;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.InMemoryZeebe;
import id.tanggap.testsupport.TestMail;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * script/bench, the case path against the whole application (MariaDB, the in-memory engine, GreenMail), each figure
 * beside the engine's own limit measured first in the same run: the same number of instances of a minimal process
 * (start, one job, end) created directly with the Zeebe client by 50 clients and completed by a no-op worker.
 *
 * <ol>
 *   <li>saturation: BENCH_REQUESTS complaints from 50 clients back to back: complaints answered per second, and cases
 *       that reached their triage task per second (the first stretch: intake, relay, register, classify, deadline),
 *       each with a JFR profile;
 *   <li>steady offered loads of 25/s and 50/s, open loop (arrivals on a schedule, latency counted from when a
 *       complaint was due), BENCH_STEADY_SECONDS each, 3 rounds, the median p99 of the rounds; the backlog (engine
 *       outbox rows not yet started) printed every second;
 *   <li>intake to the official's e-mail at a steady 25/s, Diskominfo's triage completed as soon as it appears;
 *   <li>the whole case path for BENCH_PATH_CASES complaints: triage, routing, response, resolution, the
 *       complainant's rating through the public API, the closure verified: cases closed per second.
 * </ol>
 *
 * Prints figures; asserts nothing.
 */
public final class IntakeBenchmark {

    static final int CLIENTS = 50;
    static final int[] RATES = {25, 50};
    static final int ROUNDS = 3;
    static final Pattern TICKET = Pattern.compile("ADU-\\d{4}-\\d{6}");

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getenv().getOrDefault("BENCH_REQUESTS", "1000"));
        int steadySeconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_STEADY_SECONDS", "10"));
        int pathCases = Integer.parseInt(System.getenv().getOrDefault("BENCH_PATH_CASES", "300"));
        // a province's server has run for days when it meets a load: its code is compiled. Without a warm-up the
        // JIT compiler took more CPU per case than the engine in the measured phases (CpuTime, 2026-12-04)
        int warmPath = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_PATH", "200"));
        ConfigurableApplicationContext app =
                BenchApp.start("--logging.level.id.tanggap=WARN", "--tanggap.outbox.poll-interval=PT1S");
        InMemoryZeebe engine = InMemoryZeebe.get();
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Api api = new Api(port);
        EngineWatch watch = new EngineWatch(engine);
        try {
            if (warmPath > 0) {
                engineBaseline(engine, n, false); // the engine's own code compiled before its baseline is measured
            }
            double baseline = engineBaseline(engine, n, true);
            System.out.printf(
                    "%nengine baseline: %d instances of start -> job -> end, created by %d clients, no-op worker: %.1f instances/s%n",
                    n, CLIENTS, baseline);

            System.out.println("warming up...");
            int warm = Math.min(300, n);
            intake(api, warm, "warm");
            awaitRegistered(jdbc, Duration.ofMinutes(3));
            watch.awaitTriage(warm, 180);
            if (warmPath > 0) {
                awaitQuiet(jdbc, watch);
                wholePath(api, engine, watch, jdbc, warmPath, "warm-up along the whole case path");
            }

            // 1. saturation
            System.out.printf("%nsaturation: %d complaints, %d clients back to back%n", n, CLIENTS);
            long triageBefore = watch.triageCount.get();
            CpuTime.Snapshot saturationCpu = CpuTime.take();
            long t0 = System.nanoTime();
            long[] latencies;
            long httpDone;
            try (Profile p = Profile.start("the intake (saturation, while the complaints are posted)")) {
                latencies = intake(api, n, "run").latencies();
                httpDone = System.nanoTime();
            }
            long lastTriage;
            try (Profile p = Profile.start("the first stretch (after the last answer until the last triage task)")) {
                lastTriage = watch.awaitTriage(triageBefore + n, 600);
            }
            CpuTime.print("saturation (intake and the first stretch, to the triage task)", saturationCpu, n);
            Arrays.sort(latencies);
            double intakeRate = n / ((httpDone - t0) / 1e9);
            long reached = watch.triageCount.get() - triageBefore;
            double triageRate = reached / ((lastTriage - t0) / 1e9);
            System.out.printf(
                    "  answered 201:            %8.1f complaints/s (%.2f s), latency p50 %.1f ms, p99 %.1f ms%n",
                    intakeRate, (httpDone - t0) / 1e9, ms(latencies, 0.50), ms(latencies, 0.99));
            System.out.printf(
                    "  reached the triage task: %8.1f cases/s (%d of %d, the last %.2f s after the first complaint)%n",
                    triageRate, reached, n, (lastTriage - t0) / 1e9);

            // 2. steady open-loop loads
            awaitQuiet(jdbc, watch);
            long[] single = intakeAtRate(api, 0, 100, "single", null).latencies();
            System.out.printf(
                    "%nintake, one client at a time (service time): p50 %.1f ms, p99 %.1f ms%n",
                    ms(single, 0.50), ms(single, 0.99));
            Map<Integer, List<Double>> p99s = new java.util.TreeMap<>();
            for (int round = 1; round <= ROUNDS; round++) {
                for (int rate : RATES) {
                    awaitQuiet(jdbc, watch);
                    try (Backlog b = Backlog.start(jdbc)) {
                        long[] paced = intakeAtRate(api, rate, rate * steadySeconds, "rate" + rate, null)
                                .latencies();
                        long t = System.nanoTime();
                        awaitRegistered(jdbc, Duration.ofMinutes(3));
                        double p99 = ms(paced, 0.99);
                        p99s.computeIfAbsent(rate, k -> new ArrayList<>()).add(p99);
                        System.out.printf(
                                "round %d, steady %3d/s for %d s: p50 %6.1f ms, p99 %7.1f ms; all registered %.1f s after the last; backlog each second: %s%n",
                                round,
                                rate,
                                steadySeconds,
                                ms(paced, 0.50),
                                p99,
                                (System.nanoTime() - t) / 1e9,
                                b.samples());
                    }
                }
            }

            // 3. intake -> official's e-mail at a steady 25/s (the target), then at BENCH_MAIL_RATES (10/s: about what
            // docs/scaling.md sizes one partition for, the path when the engine is not the queue)
            awaitQuiet(jdbc, watch);
            double[] mail = mailAtRate(api, engine, watch, jdbc, 25, 25 * Math.max(steadySeconds, 10));
            Map<Integer, double[]> mailAt = new java.util.LinkedHashMap<>();
            for (int rate : MAIL_RATES) {
                awaitQuiet(jdbc, watch);
                mailAt.put(rate, mailAtRate(api, engine, watch, jdbc, rate, rate * Math.max(steadySeconds, 10)));
            }

            // 4. the whole case path
            awaitQuiet(jdbc, watch);
            double pathRate = wholePath(api, engine, watch, jdbc, pathCases, "whole case path");

            System.out.printf(
                    "%n%-75s %10s  %s%n",
                    "figure (engine baseline " + fmt(baseline) + " instances/s)", "measured", "target");
            row("intake throughput at saturation / engine baseline", pct(intakeRate / baseline), ">= 100 %");
            row("cases reaching their triage task per second / engine baseline", pct(triageRate / baseline), ">= 70 %");
            for (var e : p99s.entrySet()) {
                List<Double> l = new ArrayList<>(e.getValue());
                l.sort(null);
                row(
                        "intake latency p99 at a steady " + e.getKey() + "/s (median of " + l.size() + " rounds "
                                + l.stream().map(IntakeBenchmark::fmt).toList() + ")",
                        fmt(l.get(l.size() / 2)) + " ms",
                        "<= 50 ms");
            }
            row(
                    "intake -> official's e-mail p50 / p99 at a steady 25/s",
                    fmt(mail[0]) + " / " + fmt(mail[1]) + " ms",
                    "< 300 / < 1000 ms");
            mailAt.forEach((rate, m) -> row(
                    "intake -> official's e-mail p50 / p99 at a steady " + rate + "/s",
                    fmt(m[0]) + " / " + fmt(m[1]) + " ms",
                    "printed"));
            row(
                    "whole case path (intake .. close), cases/s",
                    fmt(pathRate) + " (" + pct(pathRate / baseline) + ")",
                    "printed");
        } catch (Exception e) {
            System.out.println("benchmark stopped: " + e);
            throw e;
        } finally {
            watch.close();
            app.close();
            System.exit(0);
        }
    }

    static void row(String figure, String measured, String target) {
        System.out.printf("%-75s %10s  %s%n", figure, measured, target);
    }

    static String pct(double ratio) {
        return String.format("%.0f %%", 100 * ratio);
    }

    static String fmt(double v) {
        return String.format(v >= 100 ? "%.0f" : "%.1f", v);
    }

    /** The engine outbox rows not yet started (the relay's queue), sampled every second while a load runs. */
    static final class Backlog implements AutoCloseable {
        private final List<Integer> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread thread;

        private Backlog(JdbcTemplate jdbc) {
            thread = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        samples.add(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM engine_outbox WHERE published_at IS NULL", Integer.class));
                        Thread.sleep(1000);
                    }
                } catch (InterruptedException e) {
                    // done
                }
            });
        }

        static Backlog start(JdbcTemplate jdbc) {
            return new Backlog(jdbc);
        }

        List<Integer> samples() {
            return List.copyOf(samples);
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    record Sent(long[] latencies, Map<String, Long> dueByTicket) {}

    /**
     * Open loop: request i is due at i / rate seconds (rate 0: one after the other); each runs on its own virtual
     * thread with at most CLIENTS in flight; its latency counts from when it was due. With {@code dueByTicket}, the
     * due time of each answered ticket is kept.
     */
    static Sent intakeAtRate(Api api, int rate, int count, String prefix, Map<String, Long> dueByTicket)
            throws Exception {
        long[] latencies = new long[count];
        Sender sender = new Sender(api);
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = i;
                long due = rate == 0 ? System.nanoTime() : t0 + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Runnable send = () -> {
                    String ticket = sender.send(prefix, n);
                    latencies[n] = System.nanoTime() - due;
                    if (ticket != null && dueByTicket != null) {
                        dueByTicket.put(ticket, due);
                    }
                };
                if (rate == 0) {
                    send.run();
                } else {
                    pool.submit(send);
                }
            }
        }
        sender.reportFailures();
        Arrays.sort(latencies);
        return new Sent(latencies, dueByTicket);
    }

    /** POSTs generated complaints with at most CLIENTS in flight, and counts the answers that are not 201. */
    static final class Sender {

        private final Api api;
        private final HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        private final Semaphore inFlight = new Semaphore(CLIENTS);
        private final AtomicInteger failures = new AtomicInteger();

        Sender(Api api) {
            this.api = api;
        }

        /** The ticket answered, or null. */
        String send(String prefix, int i) {
            // each complaint carries its own retry key, as a web client of the public door does
            String idempotencyKey = prefix + "-" + i + "-" + UUID.randomUUID();
            String body = Api.complaint("WEB", null, "SAMPAH", "Warga " + i, false);
            try {
                inFlight.acquire();
                try {
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create(api.base() + "/api/complaints"))
                                    .header("Content-Type", "application/json")
                                    .header("Idempotency-Key", idempotencyKey)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) {
                        failures.incrementAndGet();
                        return null;
                    }
                    Matcher m = TICKET.matcher(r.body());
                    return m.find() ? m.group() : null;
                } finally {
                    inFlight.release();
                }
            } catch (Exception e) {
                failures.incrementAndGet();
                return null;
            }
        }

        void reportFailures() {
            if (failures.get() > 0) {
                System.out.println("  !! " + failures.get() + " requests did not answer 201");
            }
        }
    }

    /** CLIENTS clients back to back. */
    static Sent intake(Api api, int count, String prefix) throws Exception {
        long[] latencies = new long[count];
        Map<String, Long> tickets = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        Sender sender = new Sender(api);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        long start = System.nanoTime();
                        String ticket = sender.send(prefix, i);
                        latencies[i] = System.nanoTime() - start;
                        if (ticket != null) {
                            tickets.put(ticket, start);
                        }
                    }
                    return null;
                });
            }
        }
        sender.reportFailures();
        return new Sent(latencies, tickets);
    }

    /**
     * Waits until every case is registered in the engine, at most {@code max}; then says how many are not (an
     * overloaded engine can hold a case for a job timeout) and goes on, so that one stuck case does not stop the run.
     */
    static void awaitRegistered(JdbcTemplate jdbc, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        int waiting;
        while ((waiting = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM complaint WHERE process_instance_key IS NULL AND duplicate_of_id IS NULL",
                        Integer.class))
                > 0) {
            if (System.nanoTime() > deadline) {
                System.out.printf("  !! %d cases not registered in the engine after %s; going on%n", waiting, max);
                return;
            }
            Thread.sleep(20);
        }
    }

    /**
     * Every case so far registered and at its triage task: the engine has finished the earlier phases' first
     * stretch, so that the next phase measures its own offered load and not also what an earlier one left queued.
     */
    static void awaitQuiet(JdbcTemplate jdbc, EngineWatch watch) throws InterruptedException {
        awaitRegistered(jdbc, Duration.ofMinutes(3));
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE duplicate_of_id IS NULL", Long.class);
        watch.awaitTriage(cases, 180);
    }

    /** BENCH_MAIL_RATES: the other steady rates the e-mail path is measured at, after the target's 25/s. */
    static final List<Integer> MAIL_RATES = java.util.Arrays.stream(
                    System.getenv().getOrDefault("BENCH_MAIL_RATES", "10").split(","))
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .map(Integer::parseInt)
            .toList();

    /** BENCH_PROFILE_MAIL=1: a JFR profile of the e-mail phase too (see the comment where it is taken). */
    static final boolean PROFILE_MAIL = "1".equals(System.getenv("BENCH_PROFILE_MAIL"));

    static final Map<String, Object> TRIAGE_VALID =
            Map.of("triageDecision", "VALID", "category", "SAMPAH", "urgency", "NORMAL", "complaintType", "SIMPLE");

    /**
     * Intake to the official's e-mail ("Aduan baru") at a steady rate, with Diskominfo's triage completed as soon as
     * the task appears (a person takes longer: this is the system's share). p50 and p99 in ms.
     */
    static double[] mailAtRate(Api api, InMemoryZeebe engine, EngineWatch watch, JdbcTemplate jdbc, int rate, int count)
            throws Exception {
        LinkedBlockingQueue<EngineWatch.Task> tasks = new LinkedBlockingQueue<>();
        watch.onTask(tasks::add);
        Map<String, Long> due = new ConcurrentHashMap<>();
        Map<String, Long> mailed = new ConcurrentHashMap<>();
        int mailsBefore = TestMail.get().getReceivedMessages().length;
        Thread triager =
                Thread.ofPlatform().daemon().start(() -> completeAll(engine, tasks, Set.of("Task_TriageComplaint")));
        Thread mailWatch = Thread.ofPlatform().daemon().start(() -> watchMail(mailsBefore, "Aduan baru", mailed));
        try (Backlog b = Backlog.start(jdbc)) {
            watch.timeJobs();
            CpuTime.Snapshot cpu = CpuTime.take();
            // the e-mail phase is profiled only on request: the recording's own cost (about a tenth of a core at
            // this sampling rate) would be in the phase's figures
            try (Profile p = PROFILE_MAIL
                    ? Profile.start("the e-mail phase (intake at " + rate + "/s until the last official's e-mail)")
                    : null) {
                intakeAtRate(api, rate, count, "mail", due);
                long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (!mailed.keySet().containsAll(due.keySet()) && System.nanoTime() < until) {
                    Thread.sleep(20);
                }
            }
            List<Long> times = new ArrayList<>();
            due.forEach((ticket, d) -> {
                Long m = mailed.get(ticket);
                if (m != null) {
                    times.add(m - d);
                }
            });
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            double p50 = sorted.length == 0 ? Double.NaN : ms(sorted, 0.5);
            double p99 = sorted.length == 0 ? Double.NaN : ms(sorted, 0.99);
            CpuTime.print("the e-mail phase at " + rate + "/s (intake to the official's e-mail)", cpu, due.size());
            printMailSplit(jdbc, watch, due, mailed);
            watch.printJobTimes("the e-mail phase", due.size());
            System.out.printf(
                    "%nintake -> official's e-mail at a steady %d/s (triage completed as soon as it appears): %d of %d mailed, p50 %.0f ms, p99 %.0f ms, max %.0f ms; backlog each second: %s%n",
                    rate,
                    sorted.length,
                    due.size(),
                    p50,
                    p99,
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6,
                    b.samples());
            return new double[] {p50, p99};
        } finally {
            watch.onTask(t -> {});
            triager.interrupt();
            mailWatch.interrupt();
        }
    }

    /**
     * Where the path to the e-mail spent its time: from the complaint's due time to its triage task (intake, relay,
     * the first stretch) and from the triage task to the e-mail (the completion, routing, disposition, notifyOfficial).
     */
    static void printMailSplit(JdbcTemplate jdbc, EngineWatch watch, Map<String, Long> due, Map<String, Long> mailed) {
        List<Long> toTriage = new ArrayList<>();
        List<Long> toMail = new ArrayList<>();
        due.forEach((ticket, d) -> {
            Long instance = jdbc
                    .query(
                            "SELECT process_instance_key FROM complaint WHERE ticket = ?",
                            (rs, i) -> rs.getObject(1, Long.class),
                            ticket)
                    .stream()
                    .findFirst()
                    .orElse(null);
            Long triage = instance == null ? null : watch.triageSeen.get(instance);
            Long m = mailed.get(ticket);
            if (triage != null && m != null) {
                toTriage.add(triage - d);
                toMail.add(m - triage);
            }
        });
        long[] a = toTriage.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] b = toMail.stream().mapToLong(Long::longValue).sorted().toArray();
        long t = System.nanoTime();
        int stored = TestMail.get().getReceivedMessages().length;
        System.out.printf(
                "  the bench's mail watcher: one look at the mail server's %d messages takes %.1f ms%n",
                stored, (System.nanoTime() - t) / 1e6);
        if (a.length > 0) {
            System.out.printf(
                    "  split of %d cases: intake -> triage task p50 %.0f ms, p99 %.0f ms; triage task -> e-mail p50 %.0f ms, p99 %.0f ms%n",
                    a.length, ms(a, 0.5), ms(a, 0.99), ms(b, 0.5), ms(b, 0.99));
        }
    }

    /** Records when the first message whose subject contains {@code subjectPart} arrived for each ticket. */
    static void watchMail(int from, String subjectPart, Map<String, Long> arrived) {
        int seen = from;
        try {
            while (true) {
                MimeMessage[] all = TestMail.get().getReceivedMessages();
                long now = System.nanoTime();
                for (; seen < all.length; seen++) {
                    String subject = TestMail.subjectOf(all[seen]);
                    if (subject.contains(subjectPart)) {
                        Matcher m = TICKET.matcher(subject);
                        if (m.find()) {
                            arrived.putIfAbsent(m.group(), now);
                        }
                    }
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            // done
        }
    }

    /** Completes each task of the given elements as the people of the case would (see Cases in the tests). */
    static void completeAll(InMemoryZeebe engine, LinkedBlockingQueue<EngineWatch.Task> tasks, Set<String> elements) {
        try {
            while (true) {
                EngineWatch.Task t = tasks.take();
                if (!elements.contains(t.elementId())) {
                    continue;
                }
                Map<String, Object> variables = switch (t.elementId()) {
                    case "Task_TriageComplaint" -> TRIAGE_VALID;
                    case "Task_RespondToComplaint" ->
                        Map.of(
                                "responseOutcome", "RESPONDED",
                                "responseText", "Tim akan memeriksa lokasi besok pagi.",
                                "publicReplyUrl", "https://www.facebook.com/pemprovntb/posts/" + t.key());
                    case "Task_ResolveComplaint" ->
                        Map.of(
                                "followUpPlan", "Tim turun ke lokasi dan membersihkan sampah.",
                                "evidenceUrls", "https://foto.example/sesudah-1.jpg",
                                "resolutionText", "Sampah sudah diangkut.",
                                "publicReplyUrl", "https://www.instagram.com/p/pemprovntb-" + t.key());
                    case "Task_VerifyClosure" ->
                        Map.of("verificationDecision", "APPROVE", "verificationNote", "Sudah dicek");
                    default -> null;
                };
                if (variables != null) {
                    engine.completeUserTask(t.key(), variables);
                }
            }
        } catch (InterruptedException e) {
            // done
        }
    }

    /**
     * The whole path for {@code count} complaints posted by CLIENTS clients: every user task completed as soon as it
     * appears, the complainant's rating posted through the public API when the case awaits it; cases closed per second
     * from the first complaint to the last closure.
     */
    static double wholePath(Api api, InMemoryZeebe engine, EngineWatch watch, JdbcTemplate jdbc, int count, String name)
            throws Exception {
        LinkedBlockingQueue<EngineWatch.Task> tasks = new LinkedBlockingQueue<>();
        // only this phase's cases (their triage task appears from now on): a case of the e-mail phase whose response
        // task appears just after this phase began would otherwise be driven to its close and counted here too
        long phaseStart = System.nanoTime();
        watch.onTask(t -> {
            Long triageSeen = watch.triageSeen.get(t.instance());
            if (triageSeen != null && triageSeen >= phaseStart) {
                tasks.add(t);
            }
        });
        Thread driver = Thread.ofPlatform()
                .daemon()
                .start(() -> completeAll(
                        engine,
                        tasks,
                        Set.of(
                                "Task_TriageComplaint",
                                "Task_RespondToComplaint",
                                "Task_ResolveComplaint",
                                "Task_VerifyClosure")));
        Set<String> rated = ConcurrentHashMap.newKeySet();
        int closedBefore =
                jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE status = 'DITUTUP'", Integer.class);
        try (ExecutorService raters = Executors.newVirtualThreadPerTaskExecutor()) {
            CpuTime.Snapshot cpu = CpuTime.take();
            long t0 = System.nanoTime();
            Thread complainants = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        for (Map<String, Object> row : jdbc.queryForList(
                                "SELECT ticket, confirmation_code FROM complaint WHERE awaiting_confirmation = TRUE"
                                        + " AND status <> 'DITUTUP' AND confirmation_code IS NOT NULL")) {
                            String ticket = (String) row.get("ticket");
                            if (rated.add(ticket)) {
                                raters.submit(() -> api.post("/api/complaints/" + ticket + "/rating", """
                                        {"code":"%s","rating":5,"comment":"Terima kasih"}""".formatted(
                                                row.get("confirmation_code"))));
                            }
                        }
                        Thread.sleep(50);
                    }
                } catch (InterruptedException e) {
                    // done
                }
            });
            intake(api, count, "path");
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            int closed = 0;
            while (closed < count && System.nanoTime() < until) {
                Thread.sleep(50);
                closed = jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE status = 'DITUTUP'", Integer.class)
                        - closedBefore;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            complainants.interrupt();
            double rate = closed / seconds;
            CpuTime.print("the " + name, cpu, closed);
            System.out.printf(
                    "%n%s: %d complaints by %d clients; %d closed (triage, routing, response, resolution, rating 5, closure verified) after %.1f s: %.1f cases/s%n",
                    name, count, CLIENTS, closed, seconds, rate);
            return rate;
        } finally {
            watch.onTask(t -> {});
            driver.interrupt();
        }
    }

    static double engineBaseline(InMemoryZeebe engine, int n, boolean print) throws Exception {
        try (ZeebeClient client = engine.engine().createClient()) {
            client.newDeployResourceCommand()
                    .addProcessModel(
                            Bpmn.createExecutableProcess("bench-baseline")
                                    .startEvent()
                                    .serviceTask("Task_Noop", t -> t.zeebeJobType("benchNoop"))
                                    .endEvent()
                                    .done(),
                            "bench-baseline.bpmn")
                    .send()
                    .join();
            CountDownLatch done = new CountDownLatch(n);
            try (JobWorker worker = client.newWorker()
                    .jobType("benchNoop")
                    .handler((c, job) -> {
                        c.newCompleteCommand(job).send().join();
                        done.countDown();
                    })
                    .maxJobsActive(200)
                    .streamEnabled(true)
                    .open()) {
                CpuTime.Snapshot cpu = CpuTime.take();
                long t0 = System.nanoTime();
                AtomicInteger next = new AtomicInteger();
                try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int c = 0; c < CLIENTS; c++) {
                        pool.submit(() -> {
                            while (next.getAndIncrement() < n) {
                                client.newCreateInstanceCommand()
                                        .bpmnProcessId("bench-baseline")
                                        .latestVersion()
                                        .send()
                                        .join();
                            }
                            return null;
                        });
                    }
                }
                if (!done.await(5, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("baseline did not finish");
                }
                double rate = n / ((System.nanoTime() - t0) / 1e9);
                if (print) {
                    CpuTime.print("the engine baseline (start -> job -> end)", cpu, n);
                }
                return rate;
            }
        }
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
