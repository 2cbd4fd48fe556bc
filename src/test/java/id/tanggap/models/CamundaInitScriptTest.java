package id.tanggap.models;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.tanggap.testsupport.NodeTool;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker/camunda-init.sh against a local server speaking the orchestration cluster's v2 REST API and
 * its readiness probe: it waits until the cluster is ready, retries what failed for a moment, creates
 * every candidate group (demo stack) and the authorizations, and accepts what exists already (409).
 */
class CamundaInitScriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireMockServer camunda;

    @BeforeEach
    void start() {
        camunda = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        camunda.start();
    }

    @AfterEach
    void stop() {
        camunda.stop();
    }

    private ProcessBuilder script(Map<String, String> extra) {
        ProcessBuilder pb = new ProcessBuilder(
                "sh", NodeTool.repoDir().resolve("docker/camunda-init.sh").toString());
        pb.environment().put("CAMUNDA_REST_URL", camunda.baseUrl());
        pb.environment().put("CAMUNDA_MANAGEMENT_URL", camunda.baseUrl());
        pb.environment().put("CAMUNDA_ADMIN_USER", "demo");
        pb.environment().put("CAMUNDA_ADMIN_PASSWORD", "demo");
        pb.environment().put("DEMO_USER_PASSWORD", "rahasia");
        pb.environment().put("CAMUNDA_APP_OWNER_TYPE", "CLIENT");
        pb.environment().put("CAMUNDA_APP_OWNER_ID", "tanggap-engine");
        pb.environment().put("CAMUNDA_INIT_ATTEMPTS", "4");
        pb.environment().put("CAMUNDA_INIT_PAUSE_SECONDS", "0");
        pb.environment().putAll(extra);
        return pb.redirectErrorStream(true);
    }

    private record Run(int exit, String out) {}

    private Run run(Map<String, String> extra) throws Exception {
        Process p = script(extra).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private void clusterAnswers() {
        camunda.stubFor(get(urlEqualTo("/actuator/health/readiness"))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
        camunda.stubFor(post(urlEqualTo("/v2/groups")).willReturn(aResponse().withStatus(201)));
        camunda.stubFor(post(urlEqualTo("/v2/users")).willReturn(aResponse().withStatus(201)));
        camunda.stubFor(put(urlMatching("/v2/groups/.*/users/.*"))
                .willReturn(aResponse().withStatus(204)));
        camunda.stubFor(
                post(urlEqualTo("/v2/authorizations")).willReturn(aResponse().withStatus(201)));
    }

    /** The authorizations the script created: "OWNERTYPE owner RESOURCETYPE id" -> permissions. */
    private List<JsonNode> grants() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (LoggedRequest r : camunda.findAll(postRequestedFor(urlEqualTo("/v2/authorizations")))) {
            out.add(JSON.readTree(r.getBodyAsString()));
        }
        return out;
    }

    private static Set<String> permissions(
            List<JsonNode> grants, String owner, String resourceType, String resourceId) {
        Set<String> out = new TreeSet<>();
        for (JsonNode g : grants) {
            if (owner.equals(g.path("ownerId").asText())
                    && resourceType.equals(g.path("resourceType").asText())
                    && resourceId.equals(g.path("resourceId").asText())) {
                g.path("permissionTypes").forEach(p -> out.add(p.asText()));
            }
        }
        return out;
    }

    @Test
    void createsEveryCandidateGroupWithAUserAndToleratesExistingOnes() throws Exception {
        clusterAnswers();
        camunda.stubFor(post(urlEqualTo("/v2/groups"))
                .withRequestBody(matchingJsonPath("$.groupId", equalTo("opd-dpupr")))
                .willReturn(aResponse().withStatus(409)));
        camunda.stubFor(post(urlEqualTo("/v2/authorizations"))
                .withRequestBody(matchingJsonPath("$.resourceType", equalTo("MESSAGE")))
                .willReturn(aResponse().withStatus(409)));

        Run run = run(Map.of());
        assertThat(run.exit()).as(run.out()).isZero();

        String basic = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        Set<String> expected = new TreeSet<>(CandidateGroups.required());
        expected.add("operators");
        camunda.verify(
                expected.size(),
                postRequestedFor(urlEqualTo("/v2/groups")).withHeader("Authorization", equalTo(basic)));
        for (String group : expected) {
            camunda.verify(postRequestedFor(urlEqualTo("/v2/groups"))
                    .withRequestBody(matchingJsonPath("$.groupId", equalTo(group))));
        }
        // the groups the issue found missing
        camunda.verify(putRequestedFor(urlEqualTo("/v2/groups/diskominfo/users/diskominfo")));
        camunda.verify(putRequestedFor(urlEqualTo("/v2/groups/supervisors/users/supervisors")));
        camunda.verify(putRequestedFor(urlEqualTo("/v2/groups/kepala-diskominfotik/users/kepala-diskominfotik")));
        camunda.verify(postRequestedFor(urlEqualTo("/v2/users"))
                .withRequestBody(matchingJsonPath("$.username", equalTo("dpupr")))
                .withRequestBody(matchingJsonPath("$.password", equalTo("rahasia"))));
        camunda.verify(putRequestedFor(urlEqualTo("/v2/groups/opd-inspektorat/users/inspektorat")));
        camunda.verify(expected.size(), putRequestedFor(urlMatching("/v2/groups/[a-z-]+/users/[a-z-]+")));
    }

    @Test
    void grantsTheApplicationsClientAndEachGroupWhatTheyNeedAndNoMore() throws Exception {
        clusterAnswers();
        Run run = run(Map.of());
        assertThat(run.exit()).as(run.out()).isZero();
        List<JsonNode> grants = grants();
        assertThat(grants)
                .allSatisfy(g -> assertThat(g.path("ownerType").asText()).isIn("CLIENT", "GROUP"));

        // the application: deploy, start, publish messages, activate/complete jobs, complete user tasks
        assertThat(permissions(grants, "tanggap-engine", "RESOURCE", "*")).contains("CREATE");
        assertThat(permissions(grants, "tanggap-engine", "MESSAGE", "*")).contains("CREATE");
        assertThat(permissions(grants, "tanggap-engine", "PROCESS_DEFINITION", "*"))
                .contains("CREATE_PROCESS_INSTANCE", "UPDATE_PROCESS_INSTANCE", "UPDATE_USER_TASK", "READ_USER_TASK");
        assertThat(permissions(grants, "tanggap-engine", "DECISION_DEFINITION", "*"))
                .contains("CREATE_DECISION_INSTANCE");

        // every candidate group may open Tasklist and work on user tasks
        for (String group : CandidateGroups.required()) {
            assertThat(permissions(grants, group, "COMPONENT", "tasklist"))
                    .as(group)
                    .containsExactly("ACCESS");
            assertThat(permissions(grants, group, "PROCESS_DEFINITION", "*"))
                    .as(group)
                    .contains("READ_USER_TASK", "UPDATE_USER_TASK")
                    .doesNotContain("UPDATE_PROCESS_INSTANCE", "CANCEL_PROCESS_INSTANCE", "CREATE_PROCESS_INSTANCE");
            if (!group.equals("supervisors")) {
                assertThat(permissions(grants, group, "COMPONENT", "operate"))
                        .as(group)
                        .isEmpty();
            }
        }
        // supervisors read Operate; only operators retry or cancel
        assertThat(permissions(grants, "supervisors", "COMPONENT", "operate")).containsExactly("ACCESS");
        assertThat(permissions(grants, "supervisors", "PROCESS_DEFINITION", "*"))
                .contains("READ_PROCESS_INSTANCE");
        assertThat(permissions(grants, "operators", "COMPONENT", "operate")).containsExactly("ACCESS");
        assertThat(permissions(grants, "operators", "PROCESS_DEFINITION", "*"))
                .contains("UPDATE_PROCESS_INSTANCE", "CANCEL_PROCESS_INSTANCE");
        assertThat(permissions(grants, "operators", "COMPONENT", "tasklist")).isEmpty();
        // one grant per owner and resource: a second would be refused as existing (409) and its permissions lost
        Set<String> keys = new TreeSet<>();
        for (JsonNode g : grants) {
            assertThat(keys.add(g.path("ownerId").asText() + " "
                            + g.path("resourceType").asText() + " "
                            + g.path("resourceId").asText()))
                    .as("duplicate grant " + g)
                    .isTrue();
        }
    }

    @Test
    void waitsUntilTheClusterIsReadyAndRetriesServerErrors() throws Exception {
        clusterAnswers();
        camunda.stubFor(get(urlEqualTo("/actuator/health/readiness"))
                .inScenario("start")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("starting"));
        camunda.stubFor(get(urlEqualTo("/actuator/health/readiness"))
                .inScenario("start")
                .whenScenarioStateIs("starting")
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("ready"));
        camunda.stubFor(get(urlEqualTo("/actuator/health/readiness"))
                .inScenario("start")
                .whenScenarioStateIs("ready")
                .willReturn(aResponse().withStatus(200)));
        // the first group creation meets a cluster that is still busy
        camunda.stubFor(post(urlEqualTo("/v2/groups"))
                .inScenario("busy")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("free"));
        camunda.stubFor(post(urlEqualTo("/v2/groups"))
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(201)));

        Run run = run(Map.of());
        assertThat(run.exit()).as(run.out()).isZero();
        camunda.verify(3, getRequestedFor(urlEqualTo("/actuator/health/readiness")));
        assertThat(run.out()).contains("cluster not ready yet (503)", "POST /groups -> 503, retrying", "cluster ready");
        camunda.verify(
                2,
                postRequestedFor(urlEqualTo("/v2/groups"))
                        .withRequestBody(matchingJsonPath("$.groupId", equalTo("diskominfo"))));
    }

    @Test
    void givesUpWhenTheClusterNeverGetsReady() throws Exception {
        clusterAnswers();
        camunda.stubFor(get(urlEqualTo("/actuator/health/readiness"))
                .willReturn(aResponse().withStatus(503)));
        Run run = run(Map.of());
        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).contains("cluster not ready after 4 attempts");
        camunda.verify(0, postRequestedFor(urlMatching("/v2/.*")));
    }

    @Test
    void stopsOnAnError() throws Exception {
        clusterAnswers();
        camunda.stubFor(post(urlEqualTo("/v2/groups")).willReturn(aResponse().withStatus(401)));
        Run run = run(Map.of());
        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).contains("POST /groups -> 401");
        camunda.verify(1, postRequestedFor(urlEqualTo("/v2/groups")));
        camunda.verify(0, postRequestedFor(urlEqualTo("/v2/authorizations")));
    }

    @Test
    void withKeycloakItUsesAClientTokenAndLeavesTheGroupsToTheIdentityProvider() throws Exception {
        clusterAnswers();
        camunda.stubFor(post(urlEqualTo("/realms/tanggap/protocol/openid-connect/token"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"access_token\":\"eyJ.token.sig\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        Run run = run(Map.of(
                "CAMUNDA_TOKEN_URL",
                camunda.baseUrl() + "/realms/tanggap/protocol/openid-connect/token",
                "CAMUNDA_CLIENT_ID",
                "orchestration",
                "CAMUNDA_CLIENT_SECRET",
                "s3cret",
                "CAMUNDA_GROUPS_FROM_IDP",
                "true",
                "CAMUNDA_ADMIN_USER",
                "",
                "CAMUNDA_ADMIN_PASSWORD",
                "",
                "DEMO_USER_PASSWORD",
                ""));
        assertThat(run.exit()).as(run.out()).isZero();
        camunda.verify(postRequestedFor(urlEqualTo("/realms/tanggap/protocol/openid-connect/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=orchestration"))
                .withRequestBody(containing("client_secret=s3cret")));
        camunda.verify(0, postRequestedFor(urlEqualTo("/v2/groups")));
        camunda.verify(0, postRequestedFor(urlEqualTo("/v2/users")));
        camunda.verify(postRequestedFor(urlEqualTo("/v2/authorizations"))
                .withHeader("Authorization", equalTo("Bearer eyJ.token.sig")));
        assertThat(permissions(grants(), "opd-dlhk", "COMPONENT", "tasklist")).containsExactly("ACCESS");
    }
}
