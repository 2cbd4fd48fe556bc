package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.prod.yml merged into docker-compose.yml as Compose would (Docker does not run
 * here). Each check is a function returning what is wrong, run against production (nothing may be
 * wrong) and against the demo stack or a spoiled copy (the problem must be found).
 */
class ProductionComposeTest {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|LICENSE_KEY|CRYPTO_KEY).*");

    /** Secrets with a value in the file: a literal, or a default other than empty. */
    @SuppressWarnings("unchecked")
    static List<String> defaultSecrets(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        ComposeFiles.services(compose).forEach((service, s) -> {
            Object env = ((Map<String, Object>) s).get("environment");
            if (!(env instanceof Map<?, ?> vars)) {
                return;
            }
            vars.forEach((name, value) -> {
                String v = String.valueOf(value);
                if (!SECRET_NAME.matcher(String.valueOf(name)).matches() || v.isEmpty()) {
                    return;
                }
                List<String[]> refs = ComposeFiles.variables(v);
                if (refs.isEmpty()) {
                    problems.add(service + "." + name + " is written in the file");
                }
                for (String[] ref : refs) {
                    if (ref[1].endsWith("-") && !ref[2].isEmpty()) {
                        problems.add(service + "." + name + " has the default " + ref[2]);
                    }
                }
            });
        });
        return problems;
    }

    /** Published ports of the started services other than the proxy's 80/443. */
    @SuppressWarnings("unchecked")
    static List<String> publishedPorts(Map<String, Object> compose, String proxy) {
        List<String> problems = new ArrayList<>();
        Set<String> started = ComposeFiles.startedServices(compose);
        ComposeFiles.services(compose).forEach((service, s) -> {
            Object ports = ((Map<String, Object>) s).get("ports");
            if (!started.contains(service) || !(ports instanceof List<?> list)) {
                return;
            }
            for (Object port : list) {
                if (!service.equals(proxy) || !String.valueOf(port).matches("(80|443):(80|443)(/udp)?")) {
                    problems.add(service + " publishes " + port);
                }
            }
        });
        return problems;
    }

    /** Demo data or demo logins left on. */
    static List<String> demoSettings(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> app = ComposeFiles.env(compose, "app");
        if (!"false".equals(String.valueOf(app.get("TANGGAP_DEMO_DATA")))) {
            problems.add("app: TANGGAP_DEMO_DATA is " + app.get("TANGGAP_DEMO_DATA"));
        }
        for (String service : ComposeFiles.startedServices(compose)) {
            ComposeFiles.env(compose, service).forEach((name, value) -> {
                if (name.startsWith("CAMUNDA_SECURITY_INITIALIZATION_USERS_")
                        || name.equals("DEMO_USER_PASSWORD")
                        || String.valueOf(value).equalsIgnoreCase("demo")) {
                    problems.add(service + "." + name + " is a demo login");
                }
            });
        }
        return problems;
    }

    @Test
    void noSecretHasADefault() throws Exception {
        assertThat(defaultSecrets(ComposeFiles.production())).isEmpty();
        // the demo stack has them, and the check finds them
        assertThat(defaultSecrets(ComposeFiles.load(ComposeFiles.BASE)))
                .contains(
                        "mysql.MYSQL_ROOT_PASSWORD has the default root-only-for-local-use",
                        "camunda.CAMUNDA_SECURITY_INITIALIZATION_USERS_0_PASSWORD is written in the file");
    }

    @Test
    void theSecretsOfTheStoresAndTheLicenceAreRequired() throws Exception {
        Map<String, Object> prod = ComposeFiles.production();
        Map<String, String> required = new LinkedHashMap<>();
        required.put("mysql", "MYSQL_ROOT_PASSWORD");
        required.put("app", "TANGGAP_DB_PASSWORD");
        required.put("elasticsearch", "ELASTIC_PASSWORD");
        required.put("keycloak", "KC_BOOTSTRAP_ADMIN_PASSWORD");
        required.put("keycloak-db", "POSTGRES_PASSWORD");
        required.put("camunda", "CAMUNDA_LICENSE_KEY");
        required.forEach((service, name) -> assertThat(
                        String.valueOf(ComposeFiles.env(prod, service).get(name)))
                .as(service + "." + name)
                .matches("\\$\\{[A-Z_]+:\\?[^}]*}"));
        for (String name : List.of("MYSQL_PASSWORD")) {
            assertThat(String.valueOf(ComposeFiles.env(prod, "mysql").get(name)))
                    .startsWith("${TANGGAP_DB_PASSWORD:?");
        }
        for (String name : List.of(
                "TANGGAP_OIDC_CLIENT_SECRET", "CAMUNDA_CLIENT_SECRET", "TANGGAP_CRYPTO_KEY", "TANGGAP_MAIL_PASSWORD")) {
            assertThat(String.valueOf(ComposeFiles.env(prod, "app").get(name)))
                    .as(name)
                    .startsWith("${" + name + ":?");
        }
        assertThat(String.valueOf(ComposeFiles.env(prod, "camunda").get("CAMUNDA_LICENSE_KEY")))
                .contains("licence");
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheProxyPublishesPortsAndOnly80And443() throws Exception {
        Map<String, Object> prod = ComposeFiles.production();
        assertThat(publishedPorts(prod, "caddy")).isEmpty();
        assertThat((List<Object>) ComposeFiles.service(prod, "caddy").get("ports"))
                .contains("80:80", "443:443");
        assertThat(publishedPorts(ComposeFiles.load(ComposeFiles.BASE), "caddy"))
                .contains("mysql publishes 127.0.0.1:3306:3306", "camunda publishes 127.0.0.1:26500:26500");
        // an override that forgets to reset MySQL's port leaves it published
        Map<String, Object> spoiled = ComposeFiles.merge(
                ComposeFiles.load(ComposeFiles.BASE),
                ComposeFiles.parse(ComposeFiles.text(ComposeFiles.PRODUCTION)
                        .replaceFirst("(?m)^  mysql:\\n    ports: !reset \\[]\\n", "  mysql:\n")));
        assertThat(publishedPorts(spoiled, "caddy")).containsExactly("mysql publishes 127.0.0.1:3306:3306");
    }

    @Test
    void demoDataAndDemoLoginsAreOff() throws Exception {
        Map<String, Object> prod = ComposeFiles.production();
        assertThat(demoSettings(prod)).isEmpty();
        assertThat(demoSettings(ComposeFiles.load(ComposeFiles.BASE)))
                .contains(
                        "app: TANGGAP_DEMO_DATA is ${TANGGAP_DEMO_DATA:-true}",
                        "camunda.CAMUNDA_SECURITY_INITIALIZATION_USERS_0_PASSWORD is a demo login",
                        "app.CAMUNDA_PASSWORD is a demo login");
        assertThat(ComposeFiles.startedServices(prod)).doesNotContain("mailpit");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStoresSitOnlyOnTheInternalNetwork() throws Exception {
        Map<String, Object> prod = ComposeFiles.production();
        for (String service : List.of("mysql", "elasticsearch", "keycloak-db")) {
            assertThat((List<String>) ComposeFiles.service(prod, service).get("networks"))
                    .as(service)
                    .containsExactly("internal");
        }
        Map<String, Object> networks = (Map<String, Object>) prod.get("networks");
        assertThat(((Map<String, Object>) networks.get("internal")).get("internal"))
                .isEqualTo(true);
        // everything started is attached to a declared network, none to the default one
        for (String service : ComposeFiles.startedServices(prod)) {
            Object attached = ComposeFiles.service(prod, service).get("networks");
            assertThat(attached).as(service + " networks").isNotNull();
            Set<String> names =
                    attached instanceof Map<?, ?> m ? (Set<String>) m.keySet() : new TreeSet<>((List<String>) attached);
            assertThat(networks.keySet()).as(service).containsAll(names);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceHasAHealthcheckAndWaitsForHealthyDependencies() throws Exception {
        Map<String, Object> prod = ComposeFiles.production();
        for (String service : ComposeFiles.startedServices(prod)) {
            Map<String, Object> s = ComposeFiles.service(prod, service);
            assertThat(s).as(service + " healthcheck").containsKey("healthcheck");
            assertThat(((Map<String, Object>) s.get("healthcheck")).get("test"))
                    .as(service)
                    .isNotNull();
            Object deps = s.get("depends_on");
            if (deps != null) {
                assertThat(deps).as(service + " depends_on with conditions").isInstanceOf(Map.class);
                ((Map<String, Object>) deps).forEach((dep, cond) -> {
                    assertThat(ComposeFiles.startedServices(prod))
                            .as(service + " depends on a started service")
                            .contains(dep);
                    assertThat(((Map<String, Object>) cond).get("condition"))
                            .as(service + " -> " + dep)
                            .isEqualTo("service_healthy");
                });
            }
        }
    }

    @Test
    void theClusterRunsWithAuthorizationsTasklistV1AndKeycloak() throws Exception {
        Map<String, Object> prod = ComposeFiles.production();
        Map<String, Object> camunda = ComposeFiles.env(prod, "camunda");
        assertThat(camunda)
                .containsEntry("CAMUNDA_SECURITY_AUTHORIZATIONS_ENABLED", "true")
                .containsEntry("CAMUNDA_TASKLIST_V2_MODE_ENABLED", "false")
                .containsEntry("CAMUNDA_TASKLIST_IDENTITY_USERACCESSRESTRICTIONSENABLED", "true")
                .containsEntry("CAMUNDA_SECURITY_AUTHENTICATION_METHOD", "oidc")
                .containsEntry("CAMUNDA_SECURITY_AUTHENTICATION_UNPROTECTEDAPI", "false")
                .containsEntry("CAMUNDA_SECURITY_AUTHENTICATION_OIDC_USERNAMECLAIM", "preferred_username")
                .containsEntry("CAMUNDA_SECURITY_AUTHENTICATION_OIDC_GROUPSCLAIM", "groups")
                .containsEntry("CAMUNDA_SECURITY_AUTHENTICATION_OIDC_CLIENTID", "orchestration")
                .containsEntry("CAMUNDA_DATA_SECONDARYSTORAGE_TYPE", "elasticsearch")
                .containsEntry("CAMUNDA_DATABASE_INDEX_NUMBEROFREPLICAS", "0");
        assertThat(String.valueOf(camunda.get("CAMUNDA_SECURITY_AUTHENTICATION_OIDC_ISSUERURI")))
                .isEqualTo("https://${KEYCLOAK_HOST:?}/realms/tanggap");
        assertThat(String.valueOf(camunda.get("CAMUNDA_SECURITY_AUTHENTICATION_OIDC_CLIENTSECRET")))
                .startsWith("${ORCHESTRATION_CLIENT_SECRET:?");
        assertThat(String.valueOf(camunda.get("CAMUNDA_SECURITY_AUTHENTICATION_OIDC_REDIRECTURI")))
                .isEqualTo("https://${CAMUNDA_HOST:?}/sso-callback");
        assertThat(camunda.keySet()).noneMatch(k -> k.startsWith("CAMUNDA_SECURITY_INITIALIZATION_USERS_"));
        DockerComposeTest.assertOneElasticsearchSetting(camunda);
        assertThat(String.valueOf(ComposeFiles.service(prod, "camunda").get("healthcheck")))
                .contains("/actuator/health/readiness");

        Map<String, Object> es = ComposeFiles.env(prod, "elasticsearch");
        assertThat(es).containsEntry("xpack.security.enabled", "true").containsEntry("discovery.type", "single-node");
        assertThat(String.valueOf(ComposeFiles.service(prod, "elasticsearch").get("healthcheck")))
                .contains("-u \"elastic:$$ELASTIC_PASSWORD\"");
        assertThat(camunda.get("CAMUNDA_DATA_SECONDARYSTORAGE_ELASTICSEARCH_PASSWORD"))
                .isEqualTo(es.get("ELASTIC_PASSWORD"));
        assertThat(camunda.get("ZEEBE_BROKER_EXPORTERS_CAMUNDAEXPORTER_ARGS_CONNECT_PASSWORD"))
                .isEqualTo(es.get("ELASTIC_PASSWORD"));

        Map<String, Object> init = ComposeFiles.env(prod, "camunda-init");
        assertThat(init)
                .containsEntry("CAMUNDA_GROUPS_FROM_IDP", "true")
                .containsEntry("CAMUNDA_APP_OWNER_TYPE", "CLIENT")
                .containsEntry(
                        "CAMUNDA_APP_OWNER_ID", ComposeFiles.env(prod, "app").get("CAMUNDA_CLIENT_ID"))
                .containsEntry(
                        "CAMUNDA_CLIENT_ID",
                        camunda.get("CAMUNDA_SECURITY_INITIALIZATION_DEFAULTROLES_ADMIN_CLIENTS_0"));
    }

    @Test
    void theAppLogsInThroughKeycloakBehindTheProxy() throws Exception {
        Map<String, Object> prod = ComposeFiles.production();
        Map<String, Object> app = ComposeFiles.env(prod, "app");
        assertThat(app)
                .containsEntry("SPRING_PROFILES_ACTIVE", "oidc")
                .containsEntry("TANGGAP_COOKIE_SECURE", "true")
                .containsEntry("TANGGAP_OIDC_ROLES_CLAIM", "roles")
                .containsEntry("CAMUNDA_AUTH_METHOD", "oidc")
                // the task listener checks candidate groups (the demo stack turns it off)
                .containsEntry("TANGGAP_TASKS_CHECK_CANDIDATE_GROUPS", "true")
                .containsEntry("TANGGAP_TASKS_COMPLETION_REQUIRES_ASSIGNEE", "true");
        assertThat(String.valueOf(app.get("TANGGAP_OIDC_ISSUER_URI")))
                .isEqualTo("https://${KEYCLOAK_HOST:?}/realms/tanggap");
        assertThat(String.valueOf(app.get("TANGGAP_PUBLIC_BASE_URL"))).startsWith("https://");
        // the app reads every name it gets (plus the Spring profile)
        Set<String> known = new TreeSet<>(DockerComposeTest.applicationEnvNames());
        known.add("SPRING_PROFILES_ACTIVE");
        assertThat(known).containsAll(app.keySet());

        // X-Forwarded-* only from Caddy's fixed address
        @SuppressWarnings("unchecked")
        Map<String, Object> caddyEdge = (Map<String, Object>)
                ((Map<String, Object>) ComposeFiles.service(prod, "caddy").get("networks")).get("edge");
        String caddyIp = String.valueOf(caddyEdge.get("ipv4_address"));
        Pattern trusted = Pattern.compile(String.valueOf(app.get("TANGGAP_TRUSTED_PROXIES")));
        assertThat(trusted.matcher(caddyIp).matches()).isTrue();
        assertThat(trusted.matcher("172.30.0.11").matches()).isFalse();
        assertThat(trusted.matcher("127.0.0.1").matches()).isFalse();
        assertThat(String.valueOf(prod.get("networks"))).contains("subnet=172.30.0.0/24");
    }

    @Test
    void caddyRoutesTheAppTheClusterAndKeycloakByHostName() throws Exception {
        String caddyfile = ComposeFiles.text("docker/Caddyfile");
        assertThat(caddyfile)
                .containsPattern("\\{\\$TANGGAP_HOST} \\{[^}]*reverse_proxy app:8080")
                .containsPattern("\\{\\$CAMUNDA_HOST} \\{[^}]*reverse_proxy camunda:8080")
                .contains("{$KEYCLOAK_HOST} {")
                .contains("reverse_proxy keycloak:8080");
        assertThat(caddyfile).doesNotContain("mysql", "elasticsearch", ":9600", ":9000", ":26500", "keycloak-db");
        // bodies are capped at the proxy where the application stops reading a refused one (max-swallow-size)
        String swallow = ComposeFiles.text("src/main/resources/application.yml")
                .replaceAll("(?s).*max-swallow-size: (\\S+).*", "$1");
        assertThat(caddyfile)
                .containsPattern("(?s)\\{\\$TANGGAP_HOST} \\{[^}]*request_body \\{\\s*max_size " + swallow);
        Map<String, Object> caddy = ComposeFiles.env(ComposeFiles.production(), "caddy");
        assertThat(caddy.keySet())
                .contains("TANGGAP_HOST", "CAMUNDA_HOST", "KEYCLOAK_HOST", "ACME_EMAIL", "KEYCLOAK_ADMIN_CIDR");
    }

    @Test
    void imagesAreThoseOfCamundasOwn88ComposeFiles() throws Exception {
        Map<String, Object> prod = ComposeFiles.production();
        String header = ComposeFiles.text(ComposeFiles.BASE);
        assertThat(header).contains("camunda/camunda-distributions", "camunda-8.8/.env", "2026-08-21");
        String camunda = String.valueOf(ComposeFiles.service(prod, "camunda").get("image"));
        assertThat(camunda).isEqualTo("camunda/camunda:8.8.36");
        assertThat(header).contains("CAMUNDA_VERSION=" + camunda.substring(camunda.indexOf(':') + 1));
        assertThat(header).contains("ELASTIC_VERSION=" + tag(prod, "elasticsearch"));
        assertThat(header).contains("KEYCLOAK_SERVER_VERSION=" + tag(prod, "keycloak"));
        assertThat(header).contains("POSTGRES_VERSION=" + tag(prod, "keycloak-db"));
    }

    private static String tag(Map<String, Object> compose, String service) {
        String image = String.valueOf(ComposeFiles.service(compose, service).get("image"));
        return image.substring(image.lastIndexOf(':') + 1);
    }

    @Test
    void theLicenceIsStatedWhereOperatorsLook() throws Exception {
        String operations = ComposeFiles.text("docs/operations.md");
        String readme = ComposeFiles.text("README.md");
        // first section of docs/operations.md, and the README's production section
        assertThat(operations.substring(0, 1500)).contains("Camunda License", "Apache-2.0", "CAMUNDA_LICENSE_KEY");
        String production = readme.substring(readme.indexOf("## Local demo stack and production"));
        assertThat(production.substring(0, production.indexOf("\n## ", 5)))
                .contains("Camunda License", "Apache-2.0", "docker-compose.prod.yml");
        assertThat(ComposeFiles.text(ComposeFiles.PRODUCTION)).contains("Camunda License");
    }
}
