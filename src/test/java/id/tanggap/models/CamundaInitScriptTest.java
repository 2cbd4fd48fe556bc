package id.tanggap.models;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.tanggap.testsupport.NodeTool;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker/camunda-init.sh against a local server speaking the orchestration cluster's v2 REST API:
 * it creates every OPD group and user and assigns them, and accepts what exists already (409).
 */
class CamundaInitScriptTest {

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

    private ProcessBuilder script() {
        ProcessBuilder pb = new ProcessBuilder("sh", NodeTool.repoDir().resolve("docker/camunda-init.sh").toString());
        pb.environment().put("CAMUNDA_REST_URL", camunda.baseUrl());
        pb.environment().put("CAMUNDA_ADMIN_USER", "demo");
        pb.environment().put("CAMUNDA_ADMIN_PASSWORD", "demo");
        pb.environment().put("DEMO_USER_PASSWORD", "rahasia");
        return pb.redirectErrorStream(true);
    }

    @Test
    void createsTheOpdGroupsAndUsersAndToleratesExistingOnes() throws Exception {
        camunda.stubFor(post(urlEqualTo("/v2/groups")).willReturn(aResponse().withStatus(201)));
        camunda.stubFor(post(urlEqualTo("/v2/groups")).withRequestBody(matchingJsonPath("$.groupId", equalTo("opd-dpupr")))
                .willReturn(aResponse().withStatus(409)));
        camunda.stubFor(post(urlEqualTo("/v2/users")).willReturn(aResponse().withStatus(201)));
        camunda.stubFor(put(urlMatching("/v2/groups/.*/users/.*")).willReturn(aResponse().withStatus(204)));

        Process p = script().start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        String basic = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        camunda.verify(9, postRequestedFor(urlEqualTo("/v2/groups")).withHeader("Authorization", equalTo(basic)));
        camunda.verify(postRequestedFor(urlEqualTo("/v2/groups")).withRequestBody(matchingJsonPath("$.groupId", equalTo("opd-dlhk"))));
        camunda.verify(postRequestedFor(urlEqualTo("/v2/users")).withRequestBody(matchingJsonPath("$.username", equalTo("dpupr")))
                .withRequestBody(matchingJsonPath("$.password", equalTo("rahasia"))));
        camunda.verify(putRequestedFor(urlEqualTo("/v2/groups/opd-inspektorat/users/inspektorat")));
        camunda.verify(9, putRequestedFor(urlMatching("/v2/groups/opd-[a-z]+/users/[a-z]+")));
    }

    @Test
    void stopsOnAnError() throws Exception {
        camunda.stubFor(post(urlEqualTo("/v2/groups")).willReturn(aResponse().withStatus(401)));
        Process p = script().start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(out).contains("POST /groups -> 401");
    }
}
