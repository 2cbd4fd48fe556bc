package id.tanggap.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one real Keycloak of a test JVM, started on first use and stopped at JVM exit: the server
 * distribution {@code org.keycloak:keycloak-quarkus-dist} that Maven unpacks into
 * {@code .tanggap/keycloak/} (pom.xml), on a free port, with its H2 file database in
 * {@code target/keycloak/} and the realm of docker/keycloak/tanggap-realm.json imported.
 *
 * <p>The realm is the production file with three test-only changes: the clients accept any redirect
 * URI (the application's port is random), their secrets are fixed here, and it holds the users of
 * {@link #USERS}. Everything the login depends on (groups, roles, the opd and groups mappers,
 * Indonesian as the login page's language) comes unchanged from the production file.
 *
 * <p>Start-up cost: the distribution is built ({@code kc.sh build}, Quarkus augmentation) once per
 * machine, not per run; each test JVM then starts it with {@code start --optimized}, which skips the
 * augmentation that {@code start-dev} repeats on every start.
 */
public final class Keycloak {

    private static final Logger log = LoggerFactory.getLogger(Keycloak.class);

    /** The secret of client {@code tanggap} in the test realm. */
    public static final String CLIENT_SECRET = "uji-rahasia-klien-tanggap";

    /** The password of every test user (the realm's policy: 12 characters, not the user name). */
    public static final String PASSWORD = "Sandi-Uji-Tanggap-2026";

    /** Test users: user name → groups, OPD attribute (null: none). */
    public record User(String username, List<String> groups, String opd, String firstName) {}

    public static final List<User> USERS = List.of(
            new User("budi.pupr", List.of("opd-dpupr"), "DPUPR", "Budi"),
            new User("rina.dlhk", List.of("opd-dlhk"), "DLHK", "Rina"),
            new User("sekda.pengawas", List.of("supervisors"), null, "Lalu"));

    private static Keycloak instance;

    private final Process process;
    private final int port;
    private final Duration startUp;

    private Keycloak(Process process, int port, Duration startUp) {
        this.process = process;
        this.port = port;
        this.startUp = startUp;
    }

    /** Starts Keycloak the first time and returns the same server afterwards. */
    public static synchronized Keycloak get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start Keycloak", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting Keycloak", e);
            }
        }
        return instance;
    }

    /** The issuer of realm tanggap, as the application's {@code TANGGAP_OIDC_ISSUER_URI}. */
    public String issuerUri() {
        return "http://localhost:" + port + "/realms/tanggap";
    }

    public Duration startUp() {
        return startUp;
    }

    private static Path home() {
        String configured = System.getProperty("tanggap.keycloak.home");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("tanggap.keycloak.home is not set (pom.xml, surefire)");
        }
        Path home = Path.of(configured);
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(home + " has no bin/kc.sh: run the Maven build (generate-test-resources)");
        }
        return home;
    }

    private static Keycloak start() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        Path home = home();
        Path work = NodeTool.repoDir().resolve("target/keycloak");
        Files.createDirectories(work);
        buildOnce(home, work);

        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.writeString(importDir.resolve("tanggap-realm.json"), testRealm());

        int port = freePort();
        Path db = work.resolve("h2-" + UUID.randomUUID());
        List<String> command = new ArrayList<>(List.of(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start",
                "--optimized",
                "--import-realm",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname-strict=false",
                "--db-url=jdbc:h2:file:" + db.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--cache=local"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("keycloak.log").toFile());
        environment(builder.environment());
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "keycloak-stop"));

        String discovery = "http://localhost:" + port + "/realms/tanggap/.well-known/openid-configuration";
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with " + process.exitValue() + "; see " + work.resolve("keycloak.log"));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(discovery))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    Duration took = Duration.ofNanos(System.nanoTime() - begin);
                    log.info("Keycloak ready on port {} after {} ms", port, took.toMillis());
                    return new Keycloak(process, port, took);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        stop(process);
        throw new IllegalStateException("Keycloak not ready after 300 s; see " + work.resolve("keycloak.log"));
    }

    /** Quarkus augmentation for the options {@code start --optimized} relies on; done once per unpacked server. */
    private static void buildOnce(Path home, Path work) throws IOException, InterruptedException {
        String options = "--db=dev-file --health-enabled=false --metrics-enabled=false";
        Path marker = home.resolve(".tanggap-built");
        if (Files.exists(marker) && Files.readString(marker).equals(options)) {
            return;
        }
        List<String> command =
                new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(List.of(options.split(" ")));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("keycloak-build.log").toFile());
        environment(builder.environment());
        Process build = builder.start();
        if (!build.waitFor(10, TimeUnit.MINUTES) || build.exitValue() != 0) {
            build.destroyForcibly();
            throw new IllegalStateException("kc.sh build failed; see " + work.resolve("keycloak-build.log"));
        }
        Files.writeString(marker, options);
    }

    private static void environment(Map<String, String> env) {
        // the test JVM's own JDK (21+), a small heap instead of kc.sh's share of the machine's memory
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        // the placeholders of the realm file
        env.put("TANGGAP_HOST", "localhost");
        env.put("CAMUNDA_HOST", "localhost");
        env.put("TANGGAP_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        env.put("ORCHESTRATION_CLIENT_SECRET", "uji-rahasia-orchestration");
        env.put("CAMUNDA_CLIENT_SECRET", "uji-rahasia-engine");
    }

    /** docker/keycloak/tanggap-realm.json with any redirect URI allowed and the test users added. */
    static String testRealm() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode)
                json.readTree(Files.readString(NodeTool.repoDir().resolve("docker/keycloak/tanggap-realm.json")));
        for (var client : realm.withArray("clients")) {
            if (client.has("redirectUris")) {
                ((ObjectNode) client).putArray("redirectUris").add("*");
            }
        }
        ArrayNode users = realm.withArray("users"); // beside the service account of client tanggap
        for (User u : USERS) {
            ObjectNode user = users.addObject();
            user.put("username", u.username());
            user.put("enabled", true);
            user.put("email", u.username() + "@tanggap.test");
            user.put("emailVerified", true);
            user.put("firstName", u.firstName());
            user.put("lastName", "Uji");
            if (u.opd() != null) {
                user.putObject("attributes").putArray("opd").add(u.opd());
            }
            ArrayNode groups = user.putArray("groups");
            u.groups().forEach(g -> groups.add("/" + g));
            ObjectNode credential = user.putArray("credentials").addObject();
            credential.put("type", "password");
            credential.put("value", PASSWORD);
            credential.put("temporary", false);
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
