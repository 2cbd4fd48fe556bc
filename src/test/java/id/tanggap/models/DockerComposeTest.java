package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, the local demo stack, cannot run here (no Docker), so its shape is checked:
 * the services, their ports (loopback only), healthchecks and healthy dependencies, Elasticsearch's
 * settings, that the app gets every environment variable application.yml reads, and the README
 * documents each of them. ProductionComposeTest checks the production override.
 */
class DockerComposeTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws Exception {
        return new Yaml().load(Files.readString(NodeTool.repoDir().resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws Exception {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    /** The env variables application.yml reads (the ${NAME:default} placeholders). */
    static Set<String> applicationEnvNames() throws Exception {
        Set<String> names = new TreeSet<>();
        for (String file : List.of("src/main/resources/application.yml", "src/main/resources/application-oidc.yml")) {
            Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)")
                    .matcher(Files.readString(NodeTool.repoDir().resolve(file)));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesAndPortsOfTheLocalDemoStackListenOnLoopbackOnly() throws Exception {
        assertThat(String.valueOf(service("camunda").get("image"))).startsWith("camunda/camunda:8.8");
        assertThat(String.valueOf(service("mysql").get("image"))).isEqualTo("mysql:8.4");
        assertThat(String.valueOf(service("mailpit").get("image"))).startsWith("axllent/mailpit");
        assertThat((List<String>) (List<?>) service("camunda").get("ports"))
                .contains("127.0.0.1:26500:26500", "127.0.0.1:8088:8080");
        assertThat((List<String>) (List<?>) service("app").get("ports")).contains("127.0.0.1:8080:8080");
        assertThat((List<String>) (List<?>) service("mailpit").get("ports")).contains("127.0.0.1:8025:8025");
        assertThat(service("app")).containsKey("build");
        // nothing of the demo stack is reachable from the network, only from this machine
        ((Map<String, Object>) compose().get("services")).forEach((name, s) -> {
            Object ports = ((Map<String, Object>) s).get("ports");
            if (ports != null) {
                assertThat((List<Object>) ports)
                        .as(name + " ports")
                        .allSatisfy(p -> assertThat(String.valueOf(p)).startsWith("127.0.0.1:"));
            }
        });
        // and it says what it is
        String header = Files.readString(NodeTool.repoDir().resolve("docker-compose.yml"))
                .lines()
                .limit(5)
                .reduce("", String::concat);
        assertThat(header).contains("LOCAL DEMO STACK", "Not for production");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceHasAHealthcheckAndWaitsForHealthyDependencies() throws Exception {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        services.forEach((name, s) -> {
            Map<String, Object> service = (Map<String, Object>) s;
            assertThat(service).as(name + " healthcheck").containsKey("healthcheck");
            Object deps = service.get("depends_on");
            if (deps != null) {
                assertThat(deps).as(name + " depends_on with conditions").isInstanceOf(Map.class);
                ((Map<String, Object>) deps)
                        .forEach((dep, cond) -> assertThat(((Map<String, Object>) cond).get("condition"))
                                .as(name + " -> " + dep)
                                .isEqualTo("service_healthy"));
            }
        });
        // the cluster is healthy when ready, not when a port is open
        String camunda = String.valueOf(service("camunda").get("healthcheck"));
        assertThat(camunda).contains("/actuator/health/readiness").doesNotContain(":> /dev/tcp");
        assertThat(String.valueOf(service("app").get("healthcheck"))).contains("/actuator/health");
        // camunda-init waits on readiness itself as well (CamundaInitScriptTest runs that)
        assertThat((Map<String, Object>) service("camunda-init").get("environment"))
                .containsEntry("CAMUNDA_MANAGEMENT_URL", "http://camunda:9600");
    }

    @Test
    @SuppressWarnings("unchecked")
    void elasticsearchIsOneNodeWithoutReplicasAndOneSetOfSettings() throws Exception {
        Map<String, Object> env = (Map<String, Object>) service("camunda").get("environment");
        assertOneElasticsearchSetting(env);
        assertThat((Map<String, Object>) service("elasticsearch").get("environment"))
                .containsEntry("discovery.type", "single-node");
        assertThat(String.valueOf(service("elasticsearch").get("image"))).endsWith(":8.17.10");
        assertThat(String.valueOf(service("camunda").get("depends_on")))
                .contains("elasticsearch={condition=service_healthy}");
        // with zero replicas one node is green; yellow would mean an unassigned replica, so it is not healthy
        assertThat(String.valueOf(service("elasticsearch").get("healthcheck")))
                .contains("\"status\":\"green\"")
                .doesNotContain("yellow");
    }

    /** Zero replicas in the cluster and its exporter, every Elasticsearch URL the same, no second (legacy) set of keys. */
    static void assertOneElasticsearchSetting(Map<String, Object> env) {
        assertThat(env)
                .containsEntry("CAMUNDA_DATA_SECONDARYSTORAGE_TYPE", "elasticsearch")
                .containsEntry("CAMUNDA_DATABASE_INDEX_NUMBEROFREPLICAS", "0")
                .containsEntry("ZEEBE_BROKER_EXPORTERS_CAMUNDAEXPORTER_ARGS_INDEX_NUMBEROFREPLICAS", "0")
                .containsEntry("ZEEBE_BROKER_EXPORTERS_CAMUNDAEXPORTER_ARGS_CONNECT_TYPE", "elasticsearch")
                .doesNotContainKeys("CAMUNDA_DATABASE_URL", "CAMUNDA_DATABASE_TYPE");
        Set<Object> urls = new TreeSet<>();
        env.forEach((k, v) -> {
            if (k.endsWith("_URL") && String.valueOf(v).contains("elasticsearch")) {
                urls.add(v);
            }
        });
        assertThat(urls).containsExactly("http://elasticsearch:9200");
        assertThat(env.keySet())
                .contains(
                        "CAMUNDA_DATA_SECONDARYSTORAGE_ELASTICSEARCH_URL",
                        "ZEEBE_BROKER_EXPORTERS_CAMUNDAEXPORTER_ARGS_CONNECT_URL");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppGetsEveryVariableTheConfigurationReadsAndPointsAtTheOtherServices() throws Exception {
        Map<String, Object> env = (Map<String, Object>) service("app").get("environment");
        Set<String> required = applicationEnvNames();
        assertThat(required)
                .contains("TANGGAP_DB_URL", "TANGGAP_CRYPTO_KEY", "CAMUNDA_GRPC_ADDRESS", "TANGGAP_MAIL_HOST");
        // OIDC and port variables have working defaults; everything else is set explicitly
        Set<String> optional = Set.of(
                "SERVER_PORT",
                "TANGGAP_OIDC_CLIENT_ID",
                "TANGGAP_OIDC_CLIENT_SECRET",
                "TANGGAP_OIDC_ISSUER_URI",
                "TANGGAP_OIDC_ROLES_CLAIM",
                "CAMUNDA_CLIENT_ID",
                "CAMUNDA_CLIENT_SECRET",
                "CAMUNDA_TOKEN_URL",
                "CAMUNDA_AUDIENCE",
                "TANGGAP_MAIL_USER",
                "TANGGAP_MAIL_PASSWORD",
                "TANGGAP_MAIL_AUTH",
                "TANGGAP_MAIL_STARTTLS",
                "TANGGAP_DB_POOL_SIZE",
                "TANGGAP_OUTBOX_POLL_INTERVAL",
                "TANGGAP_META_GRAPH_URL",
                "TANGGAP_X_API_URL",
                "TANGGAP_X_MEDIA_URL",
                "TANGGAP_REPLY_RETRY_BACKOFF",
                "CAMUNDA_EXECUTION_THREADS",
                "CAMUNDA_WORKER_POLL_INTERVAL",
                // tuning with safe defaults: login throttle, engine and mail outbox backoff, job backoff, HTTP timeouts
                "TANGGAP_LOGIN_MAX_FAILURES",
                "TANGGAP_LOGIN_MAX_FAILURES_PER_IP",
                "TANGGAP_LOGIN_WINDOW",
                "TANGGAP_LOGIN_BLOCK",
                "TANGGAP_LOGIN_MAX_BLOCK",
                "TANGGAP_OUTBOX_RETRY_BACKOFF",
                "TANGGAP_OUTBOX_MAX_RETRY_BACKOFF",
                "TANGGAP_OUTBOX_REQUEST_TIMEOUT",
                "TANGGAP_OUTBOX_MAX_IN_FLIGHT",
                "TANGGAP_OUTBOX_OVERLOAD_PAUSE",
                "TANGGAP_OUTBOX_MAX_OVERLOAD_PAUSE",
                "TANGGAP_READ_PAGE_LIMIT",
                "TANGGAP_MAIL_RETRY_BACKOFF",
                "TANGGAP_MAIL_MAX_RETRY_BACKOFF",
                "TANGGAP_JOB_RETRY_BACKOFF",
                "TANGGAP_JOB_MAX_RETRY_BACKOFF",
                "TANGGAP_HTTP_CONNECT_TIMEOUT",
                "TANGGAP_HTTP_READ_TIMEOUT",
                // tuning of the complainants' mailbox and of data-subject codes, safe defaults
                "TANGGAP_MAIL_INBOUND_FOLDER",
                "TANGGAP_MAIL_INBOUND_POLL_INTERVAL",
                "TANGGAP_PRIVACY_CODE_MAX_ATTEMPTS",
                "TANGGAP_PRIVACY_CODE_TTL",
                "TANGGAP_PRIVACY_SESSION");
        for (String name : required) {
            if (!optional.contains(name)) {
                assertThat(env).as("app environment in docker-compose.yml").containsKey(name);
            }
        }
        assertThat(env.keySet())
                .allSatisfy(name -> assertThat(required)
                        .as("env names the app does not read")
                        .contains(name));
        assertThat(String.valueOf(env.get("TANGGAP_DB_URL"))).startsWith("jdbc:mysql://mysql:3306/");
        assertThat(String.valueOf(env.get("CAMUNDA_GRPC_ADDRESS"))).isEqualTo("http://camunda:26500");
        assertThat(String.valueOf(env.get("CAMUNDA_REST_ADDRESS"))).isEqualTo("http://camunda:8080");
        assertThat(String.valueOf(env.get("TANGGAP_MAIL_HOST"))).isEqualTo("mailpit");
        assertThat(String.valueOf(env.get("TANGGAP_MAIL_PORT"))).isEqualTo("1025");
    }

    @Test
    void theReadmeDocumentsEveryVariable() throws Exception {
        String readme = Files.readString(NodeTool.repoDir().resolve("README.md"));
        for (String name : applicationEnvNames()) {
            assertThat(readme).as("README.md configuration table").contains("`" + name + "`");
        }
    }
}
