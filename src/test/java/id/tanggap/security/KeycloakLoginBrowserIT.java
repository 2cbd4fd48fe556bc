package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.Keycloak;
import id.tanggap.testsupport.NodeTool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code oidc} profile against a real Keycloak ({@link Keycloak}: the server distribution, realm
 * docker/keycloak/tanggap-realm.json) in headless Chromium: officials log in on Keycloak's page, which
 * speaks Indonesian even to an English browser, and land in the application with the role and OPD the
 * realm's groups, {@code roles} and {@code opd} claims give them.
 *
 * <p>This class runs a Spring context of its own (profiles {@code test} and {@code oidc}; the main
 * context has no OIDC client), on the JVM's one in-memory engine and database, and closes it afterwards.
 */
@ActiveProfiles("oidc")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class KeycloakLoginBrowserIT extends IntegrationTest {

    private static String dpuprTicket;
    private static String dlhkTicket;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        // the variables application-oidc.yml reads, as docker-compose.prod.yml sets them
        registry.add("TANGGAP_OIDC_ISSUER_URI", () -> Keycloak.get().issuerUri());
        registry.add("TANGGAP_OIDC_CLIENT_ID", () -> "tanggap");
        registry.add("TANGGAP_OIDC_CLIENT_SECRET", () -> Keycloak.CLIENT_SECRET);
        registry.add("TANGGAP_OIDC_ROLES_CLAIM", () -> "roles");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffGroups staffGroups;

    @BeforeEach
    void oneCaseEachOfDinasPuprAndDinasLhk() {
        if (dpuprTicket == null) {
            Cases cases = new Cases(new Api(port), runtime, jdbc);
            dpuprTicket = routed(cases, "JALAN_RUSAK", "DPUPR");
            dlhkTicket = routed(cases, "SAMPAH", "DLHK");
        }
    }

    private String routed(Cases cases, String category, String opd) {
        var c = cases.submitJson(Api.complaint("WEB", "oidc-" + UUID.randomUUID(), category, "Siti Rohmah", false));
        cases.triageValid(c, category);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> opd.equals(ComplaintRows.value(jdbc, c.ticket(), "opd_code", String.class)));
        return c.ticket();
    }

    private JsonNode login(String user, String... paths) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                new Api(port).base(),
                user,
                Keycloak.PASSWORD,
                NodeTool.repoDir().resolve("target/screenshots").toString()));
        args.addAll(List.of(paths));
        NodeTool.Result run = NodeTool.run("e2e-oidc-login.mjs", args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.output()).isZero();
        return new ObjectMapper()
                .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void anOfficialOfDinasPuprLogsInThroughKeycloakAndSeesOnlyTheirOpdsCases() throws Exception {
        JsonNode report = login(
                "budi.pupr", "/api/cases/" + dpuprTicket, "/api/cases/" + dlhkTicket, "/call-center", "/dashboard");

        // Keycloak's own page, in Indonesian although the browser asks for English
        assertThat(report.get("loginUrl").asText()).startsWith(Keycloak.get().issuerUri());
        assertThat(report.get("loginLang").asText()).isEqualTo("id");
        assertThat(report.get("loginText").asText())
                .contains("Kata sandi")
                .doesNotContain("Sign in to your account")
                .doesNotContain("Password");
        assertThat(report.get("landedAt").asText()).startsWith(new Api(port).base());

        JsonNode pages = report.get("pages");
        // OPD from the opd claim: the case of Dinas PUPR opens, reporter masked ...
        JsonNode own = pages.get("/api/cases/" + dpuprTicket);
        assertThat(own.get("status").asInt()).isEqualTo(200);
        JsonNode view = new ObjectMapper().readTree(own.get("text").asText());
        assertThat(view.get("opdCode").asText()).isEqualTo("DPUPR");
        assertThat(view.get("reporter").get("name").asText()).isNotEqualTo("Siti Rohmah");
        // ... the case of Dinas LHK does not: the Indonesian 403 page
        JsonNode other = pages.get("/api/cases/" + dlhkTicket);
        assertThat(other.get("status").asInt()).isEqualTo(403);
        assertThat(other.get("text").asText()).contains("Akses ditolak").doesNotContain("SAMPAH");
        // role OPD from the roles claim: the call-center form, but not the supervisors' dashboard
        assertThat(pages.get("/call-center").get("status").asInt()).isEqualTo(200);
        assertThat(pages.get("/dashboard").get("status").asInt()).isEqualTo(403);
    }

    @Test
    void aSupervisorLandsReadOnly() throws Exception {
        JsonNode report = login(
                "sekda.pengawas",
                "/api/cases/" + dpuprTicket,
                "/api/cases/" + dlhkTicket,
                "/dashboard",
                "/call-center");
        JsonNode pages = report.get("pages");
        // every OPD's case and the dashboard ...
        assertThat(pages.get("/api/cases/" + dpuprTicket).get("status").asInt()).isEqualTo(200);
        assertThat(pages.get("/api/cases/" + dlhkTicket).get("status").asInt()).isEqualTo(200);
        assertThat(pages.get("/dashboard").get("status").asInt()).isEqualTo(200);
        // ... but no intake or other change: the call-center form is refused
        assertThat(pages.get("/call-center").get("status").asInt()).isEqualTo(403);
        assertThat(pages.get("/call-center").get("text").asText()).contains("Akses ditolak");
    }

    @Test
    void theTaskListenerReadsAUsersGroupsFromKeycloak() {
        // the groups checkTaskAssignee checks a task's candidate groups against, as Keycloak holds them
        assertThat(staffGroups).isInstanceOf(KeycloakStaffGroups.class);
        assertThat(staffGroups.of("budi.pupr")).contains(Set.of("opd-dpupr"));
        assertThat(staffGroups.of("rina.dlhk")).contains(Set.of("opd-dlhk"));
        assertThat(staffGroups.of("sekda.pengawas")).contains(Set.of("supervisors"));
        assertThat(staffGroups.of("pupr"))
                .as("a local account is not a Keycloak user")
                .isEmpty();
    }
}
