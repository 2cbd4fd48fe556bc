package id.tanggap.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Crash safety: the engine in a JVM of its own, MariaDB, and the application in another JVM that is
 * killed (SIGKILL) in the middle of a steady load of reports through the public door and started
 * again. Every report answered 201 (public door) or 302 to its tracking page (the browser form, whose
 * receipt e-mail is queued with the case) ends up with exactly one process instance, and no e-mail recorded
 * as sent before the kill goes out again (one that was cut off may go out once more, with the same
 * Message-ID). GreenMail runs in this JVM; the application sends to it.
 */
class CrashRestartIT {

    private final List<Process> processes = new ArrayList<>();
    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
            env("TANGGAP_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3307/tanggap_test"),
            env("TANGGAP_TEST_DB_USER", "tanggap"),
            env("TANGGAP_TEST_DB_PASSWORD", "tanggap")));

    @AfterEach
    void stopAll() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void afterAKillEveryAnsweredReportHasOneProcessAndNoSentMailGoesOutAgain() throws Exception {
        TestMail.get();
        Process engine = start("engine", StandaloneEngine.class.getName(), List.of());
        // the engine's output is read all the time: a full pipe would stop the engine's logging threads, and the engine
        java.util.concurrent.BlockingQueue<String> engineOut = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("ENGINE ") || line.startsWith("INSTANCES ")) {
                        engineOut.add(line);
                    }
                }
            } catch (IOException ended) {
                // the engine JVM has ended
            }
        });
        String address =
                readUntil(engineOut, "ENGINE ").substring("ENGINE ".length()).trim();
        PrintWriter engineIn = new PrintWriter(engine.getOutputStream(), true, StandardCharsets.UTF_8);

        int port = freePort();
        List<String> appArgs = List.of(
                "--spring.profiles.active=test",
                "--server.port=" + port,
                "--camunda.client.grpc-address=" + address,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMail.port(),
                "--tanggap.mail.inbound.host=",
                "--tanggap.outbox.poll-interval=PT1S",
                // jobs the killed instance had taken come back to the new one after the job timeout (the client's
                // default is 5 minutes; docs/scaling.md)
                "--camunda.client.worker.defaults.timeout=PT15S",
                "--tanggap.demo-data=true");
        Process app = start("app-1", "id.tanggap.TanggapApplication", appArgs);
        Api api = new Api(port);
        awaitReady(api, app);

        Set<String> answered = ConcurrentHashMap.newKeySet(); // tickets answered 201
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newVirtualThreadPerTaskExecutor();
        Thread generator = Thread.ofVirtual().start(() -> {
            int i = 0;
            while (loading.get()) {
                String key = UUID.randomUUID().toString();
                String body = Api.complaint(
                        "WEB",
                        null,
                        "SAMPAH",
                        "Warga Krisis " + i,
                        "krisis" + i + "@warga.example",
                        false,
                        -8.5,
                        116.3,
                        null);
                i++;
                boolean viaForm = i % 2 == 0;
                int n = i;
                load.execute(() -> {
                    try {
                        if (viaForm) {
                            // the browser form: its receipt e-mail is queued with the case and sent after the commit
                            String ticket = ComplaintForm.submit(api.base(), n);
                            if (ticket != null) {
                                answered.add(ticket);
                            }
                            return;
                        }
                        Api.Response r = api.postWeb(body, key);
                        if (r.status() == 201) {
                            answered.add(r.json().get("ticket").asText());
                        }
                    } catch (RuntimeException | IOException connectionLost) {
                        // the application is down: the client gets no answer, the report was not accepted
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                sleep(200); // a steady 5 reports/s
            }
        });

        // the kill comes once some of this load's e-mails are recorded as sent, so that "not sent again" is tested
        await().atMost(Duration.ofSeconds(60))
                .until(() -> answered.size() >= 15
                        && CaseMails.of(jdbc, Set.copyOf(answered), List.of()).containsValue("SENT"));
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL in the middle of the load
        int answeredBeforeKill = answered.size();
        Set<String> sentBeforeKill = Set.copyOf(
                jdbc.queryForList("SELECT message_id FROM notification_log WHERE status = 'SENT'", String.class));

        Process again = start("app-2", "id.tanggap.TanggapApplication", appArgs);
        awaitReady(api, again);
        await().atMost(Duration.ofSeconds(60)).until(() -> answered.size() >= answeredBeforeKill + 15);
        loading.set(false);
        generator.join();
        load.shutdown();
        load.awaitTermination(60, TimeUnit.SECONDS); // a report still unanswered by then does not count as answered
        Set<String> answeredReports = Set.copyOf(answered);

        // every answered report: one complaint row, registered in the engine by exactly one process instance
        Map<String, Long> ids = new HashMap<>();
        for (String ticket : answeredReports) {
            ids.put(ticket, jdbc.queryForObject("SELECT id FROM complaint WHERE ticket = ?", Long.class, ticket));
        }
        await().atMost(Duration.ofSeconds(90))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM complaint WHERE process_instance_key IS NULL AND ticket IN ("
                                        + answeredReports.stream()
                                                .map(t -> "'" + t + "'")
                                                .collect(Collectors.joining(","))
                                        + ")",
                                Integer.class)
                        == 0);
        engineIn.println("instances complaint-handling");
        Map<Long, Long> instances = Arrays.stream(readUntil(engineOut, "INSTANCES ")
                        .substring("INSTANCES ".length())
                        .trim()
                        .split(","))
                .filter(s -> !s.isBlank())
                .map(s -> s.split("="))
                .collect(Collectors.toMap(s -> Long.parseLong(s[0]), s -> Long.parseLong(s[1])));
        for (var e : ids.entrySet()) {
            assertThat(instances.get(e.getValue()))
                    .as("process instances of %s", e.getKey())
                    .isEqualTo(1L);
        }

        // every e-mail of these reports goes out; none recorded as sent before the kill goes out again
        await().atMost(Duration.ofSeconds(120))
                .until(() -> !CaseMails.of(jdbc, answeredReports, ids.values()).containsValue("PENDING"));
        List<String> mails =
                List.copyOf(CaseMails.of(jdbc, answeredReports, ids.values()).keySet());
        assertThat(mails).isNotEmpty();
        Thread.sleep(2000);
        Map<String, Long> received = Arrays.stream(TestMail.get().getReceivedMessages())
                .map(CrashRestartIT::messageId)
                .filter(mails::contains)
                .collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(mails);
        assertThat(received.keySet())
                .as("e-mails of this load recorded as sent before the kill")
                .containsAnyElementsOf(sentBeforeKill);
        assertThat(received).allSatisfy((id, n) -> {
            if (sentBeforeKill.contains(id)) {
                assertThat(n).as("sent before the kill: %s", id).isEqualTo(1L);
            } else {
                assertThat(n).as("cut off by the kill at most: %s", id).isBetween(1L, 2L);
            }
        });
        engineIn.close();
    }

    private Process start(String name, String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                testClasspath(),
                mainClass));
        command.addAll(args);
        File log = Files.createTempFile("tanggap-crash-" + name, ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(!name.equals("engine"));
        if (name.equals("engine")) {
            builder.redirectError(log);
        } else {
            builder.redirectOutput(log);
        }
        Process p = builder.start();
        processes.add(p);
        System.out.println("crash test: " + name + " logs to " + log);
        return p;
    }

    /**
     * The test classpath, each entry once: a duplicate entry would make the application find its models twice
     * (and the engine refuse the deployment); a manifest-only jar of the test runner is opened up.
     */
    static String testClasspath() throws IOException {
        java.util.LinkedHashSet<String> entries = new java.util.LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            File f = new File(entry);
            if (f.isFile() && f.getName().endsWith(".jar")) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(f)) {
                    var manifest = jar.getManifest();
                    String cp = manifest == null
                            ? null
                            : manifest.getMainAttributes().getValue("Class-Path");
                    if (cp != null && jar.size() <= 2) {
                        for (String url : cp.trim().split("\\s+")) {
                            entries.add(new File(java.net.URI.create(
                                            f.toURI().resolve(url).toString()))
                                    .getCanonicalPath());
                        }
                        continue;
                    }
                }
            }
            entries.add(f.getCanonicalPath());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void awaitReady(Api api, Process p) {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(p.isAlive()).as("the application JVM is running").isTrue();
                    try {
                        return api.get("/actuator/health").status() > 0
                                && api.postWeb("{}", UUID.randomUUID().toString())
                                                .status()
                                        == 400;
                    } catch (RuntimeException notYet) {
                        return false;
                    }
                });
    }

    private static String readUntil(java.util.concurrent.BlockingQueue<String> out, String prefix)
            throws InterruptedException {
        for (String line; (line = out.poll(2, TimeUnit.MINUTES)) != null; ) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the engine JVM printed no " + prefix);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            return "";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
