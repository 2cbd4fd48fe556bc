package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tanggap.shared.Role;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker/keycloak/tanggap-realm.json, the one identity provider of the application and the
 * orchestration cluster. No Keycloak runs here: the realm file is read and checked against what
 * the application and Camunda expect of its tokens.
 */
class KeycloakRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode realm() throws Exception {
        return JSON.readTree(Files.readString(NodeTool.repoDir().resolve("docker/keycloak/tanggap-realm.json")));
    }

    /** Required groups the realm lacks (top-level groups, matched by exact name as Camunda matches ids). */
    static Set<String> missingGroups(JsonNode realm, Set<String> required) {
        Set<String> present = new TreeSet<>();
        realm.path("groups").forEach(g -> present.add(g.path("name").asText()));
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(present);
        return missing;
    }

    /** What is wrong with the claims a client's tokens carry: groups as plain ids, roles, opd. */
    static List<String> claimProblems(JsonNode realm, String clientId, boolean needsRolesAndOpd) {
        List<String> problems = new ArrayList<>();
        JsonNode client = client(realm, clientId);
        JsonNode groups = mapper(client, "oidc-group-membership-mapper");
        if (groups == null) {
            problems.add(clientId + ": no group membership mapper");
        } else {
            if (!"false".equals(groups.path("config").path("full.path").asText())) {
                problems.add(clientId + ": groups are sent as paths (/opd-dpupr), Camunda matches opd-dpupr");
            }
            if (!"groups".equals(groups.path("config").path("claim.name").asText())) {
                problems.add(clientId + ": group claim is not named groups");
            }
        }
        if (needsRolesAndOpd) {
            JsonNode roles = mapper(client, "oidc-usermodel-realm-role-mapper");
            if (roles == null
                    || !"roles".equals(roles.path("config").path("claim.name").asText())) {
                problems.add(clientId + ": no realm roles in a roles claim");
            }
            JsonNode opd = mapper(client, "oidc-usermodel-attribute-mapper");
            if (opd == null
                    || !"opd".equals(opd.path("config").path("user.attribute").asText())
                    || !"opd".equals(opd.path("config").path("claim.name").asText())) {
                problems.add(clientId + ": the user attribute opd is not sent as the opd claim");
            }
        }
        return problems;
    }

    static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode mapper(JsonNode client, String kind) {
        for (JsonNode m : client.path("protocolMappers")) {
            if (kind.equals(m.path("protocolMapper").asText())) {
                return m;
            }
        }
        return null;
    }

    @Test
    void theRequiredGroupsComeFromTheBpmnCandidateGroupsAndTheOpdTable() throws Exception {
        Set<String> required = CandidateGroups.required();
        // the literal candidate groups of bpmn/ and one group per demo OPD
        assertThat(required)
                .contains(
                        "diskominfo",
                        "supervisors",
                        "kepala-diskominfotik",
                        "opd-dpupr",
                        "opd-inspektorat",
                        "opd-diskominfotik");
        assertThat(required).allSatisfy(g -> assertThat(g).matches("[a-z][a-z0-9-]*"));
        assertThat(CandidateGroups.fromAttribute(
                        "=[\"diskominfo\", \"opd-\" + lower case(concernedOpd)]", Set.of("BPBD")))
                .containsExactlyInAnyOrder("diskominfo", "opd-bpbd");
        assertThat(CandidateGroups.fromAttribute("supervisors, kepala-diskominfotik", Set.of()))
                .containsExactlyInAnyOrder("supervisors", "kepala-diskominfotik");
    }

    @Test
    void theRealmHasAGroupForEveryCandidateGroup() throws Exception {
        assertThat(missingGroups(realm(), CandidateGroups.required()))
                .as("groups missing in tanggap-realm.json")
                .isEmpty();
    }

    @Test
    void aRealmWithoutOneOfThemFails() throws Exception {
        ObjectNode copy = (ObjectNode) realm().deepCopy();
        ArrayNode groups = (ArrayNode) copy.get("groups");
        for (int i = groups.size() - 1; i >= 0; i--) {
            if (Set.of("opd-dlhk", "supervisors")
                    .contains(groups.get(i).path("name").asText())) {
                groups.remove(i);
            }
        }
        assertThat(missingGroups(copy, CandidateGroups.required())).containsExactly("opd-dlhk", "supervisors");
        // a group known only under another parent arrives as a path, not as the id Camunda matches
        ObjectNode nested = (ObjectNode) realm().deepCopy();
        ArrayNode top = (ArrayNode) nested.get("groups");
        for (int i = top.size() - 1; i >= 0; i--) {
            if ("opd-bpbd".equals(top.get(i).path("name").asText())) {
                ((ArrayNode) top.get(0).get("subGroups")).add(top.remove(i));
            }
        }
        assertThat(missingGroups(nested, CandidateGroups.required())).containsExactly("opd-bpbd");
    }

    @Test
    void tokensCarryGroupIdsRolesAndTheOpdClaim() throws Exception {
        JsonNode realm = realm();
        assertThat(claimProblems(realm, "tanggap", true)).isEmpty();
        assertThat(claimProblems(realm, "orchestration", false)).isEmpty();

        ObjectNode fullPath = (ObjectNode) realm.deepCopy();
        for (JsonNode m : client(fullPath, "orchestration").path("protocolMappers")) {
            if ("oidc-group-membership-mapper".equals(m.path("protocolMapper").asText())) {
                ((ObjectNode) m.get("config")).put("full.path", "true");
            }
        }
        assertThat(claimProblems(fullPath, "orchestration", false))
                .singleElement()
                .asString()
                .contains("paths");

        ObjectNode noOpd = (ObjectNode) realm.deepCopy();
        ArrayNode mappers = (ArrayNode) client(noOpd, "tanggap").get("protocolMappers");
        for (int i = mappers.size() - 1; i >= 0; i--) {
            if ("oidc-usermodel-attribute-mapper"
                    .equals(mappers.get(i).path("protocolMapper").asText())) {
                mappers.remove(i);
            }
        }
        assertThat(claimProblems(noOpd, "tanggap", true))
                .singleElement()
                .asString()
                .contains("opd claim");
    }

    @Test
    void theRealmRolesAreTheApplicationsRoleModel() throws Exception {
        Set<String> roles = new TreeSet<>();
        realm().path("roles")
                .path("realm")
                .forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Role.values()).map(Role::name).toList());
        // every role a group hands out is one the application knows
        realm().path("groups")
                .forEach(g -> g.path("realmRoles")
                        .forEach(r -> assertThat(Role.parse(r.asText())).isPresent()));
    }

    @Test
    void onlyAdministratorsMaySetAUsersOpd() throws Exception {
        String config = realm().path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .get(0)
                .path("config")
                .path("kc.user.profile.config")
                .get(0)
                .asText();
        JsonNode opd = null;
        for (JsonNode a : JSON.readTree(config).path("attributes")) {
            if ("opd".equals(a.path("name").asText())) {
                opd = a;
            }
        }
        assertThat(opd).as("opd declared in the user profile").isNotNull();
        assertThat(opd.path("permissions").path("edit"))
                .extracting(JsonNode::asText)
                .containsExactly("admin");
    }

    @Test
    void clientsMatchTheComposeSettingsAndHoldNoSecret() throws Exception {
        JsonNode realm = realm();
        Map<String, Object> prod = ComposeFiles.production();
        Map<String, Object> camunda = ComposeFiles.env(prod, "camunda");
        Map<String, Object> app = ComposeFiles.env(prod, "app");
        assertThat(camunda.get("CAMUNDA_SECURITY_AUTHENTICATION_OIDC_CLIENTID")).isEqualTo("orchestration");
        assertThat(client(realm, "orchestration").path("redirectUris").get(0).asText())
                .isEqualTo(String.valueOf(camunda.get("CAMUNDA_SECURITY_AUTHENTICATION_OIDC_REDIRECTURI"))
                        .replace(":?}", "}"));
        assertThat(app.get("TANGGAP_OIDC_CLIENT_ID")).isEqualTo("tanggap");
        // Spring Security's redirect for the registration "tanggap" of application-oidc.yml
        assertThat(client(realm, "tanggap").path("redirectUris").get(0).asText())
                .isEqualTo("https://${TANGGAP_HOST}/login/oauth2/code/tanggap");
        assertThat(client(realm, "tanggap").path("directAccessGrantsEnabled").asBoolean())
                .isFalse();
        JsonNode engine = client(realm, String.valueOf(app.get("CAMUNDA_CLIENT_ID")));
        assertThat(engine.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(engine.path("standardFlowEnabled").asBoolean()).isFalse();

        // secrets are placeholders Keycloak fills from its environment, and the production file sets each
        Map<String, Object> keycloak = ComposeFiles.env(prod, "keycloak");
        Matcher m = Pattern.compile("\\$\\{([A-Z_]+)}")
                .matcher(Files.readString(NodeTool.repoDir().resolve("docker/keycloak/tanggap-realm.json")));
        Set<String> placeholders = new TreeSet<>();
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        assertThat(placeholders)
                .contains("TANGGAP_OIDC_CLIENT_SECRET", "ORCHESTRATION_CLIENT_SECRET", "CAMUNDA_CLIENT_SECRET");
        assertThat(keycloak.keySet()).containsAll(placeholders);
        realm.path("clients").forEach(c -> assertThat(c.path("secret").asText()).matches("\\$\\{[A-Z_]+}|"));
    }

    @Test
    void theProductionRealmHasNoUserWithAPassword() throws Exception {
        // the only user is the service account through which the application reads and moves a staff member's groups
        assertThat(realm().path("users"))
                .singleElement()
                .satisfies(u ->
                        assertThat(u.path("serviceAccountClientId").asText()).isEqualTo("tanggap"));
        assertThat(realm().toString()).doesNotContain("\"credentials\"");
        JsonNode roles = realm().path("users").get(0).path("clientRoles").path("realm-management");
        Set<String> granted = new TreeSet<>();
        roles.forEach(r -> granted.add(r.asText()));
        // reading users and their groups, and (manage-users) moving an official into the group of the OPD whose
        // position they were given (OpdGroupMembershipIT); no realm, client or role administration
        assertThat(granted).containsExactlyInAnyOrder("view-users", "query-users", "query-groups", "manage-users");
        assertThat(granted).doesNotContain("realm-admin", "manage-realm", "manage-clients", "manage-authorization");
    }

    @Test
    void theLoginPageSpeaksIndonesianOnly() throws Exception {
        JsonNode realm = realm();
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        // Indonesian only: a browser that asks for English still gets the Indonesian page
        assertThat(realm.path("supportedLocales")).extracting(JsonNode::asText).containsExactly("id");
        assertThat(realm.path("defaultLocale").asText()).isEqualTo("id");
        // Keycloak 26 ships no Indonesian messages: the realm brings them for what the login page shows
        JsonNode texts = realm.path("localizationTexts").path("id");
        assertThat(texts.path("loginAccountTitle").asText()).isEqualTo("Masuk ke akun Anda");
        assertThat(texts.path("usernameOrEmail").asText()).isEqualTo("Nama pengguna atau email");
        assertThat(texts.path("password").asText()).isEqualTo("Kata sandi");
        assertThat(texts.path("doLogIn").asText()).isEqualTo("Masuk");
        assertThat(texts.path("invalidUserMessage").asText()).contains("salah");
    }

    @Test
    void camundaInitKnowsTheSameGroups() throws Exception {
        String script = Files.readString(NodeTool.repoDir().resolve("docker/camunda-init.sh"));
        Matcher m = Pattern.compile("ENTRIES=\"([^\"]*)\"").matcher(script);
        assertThat(m.find()).isTrue();
        Set<String> scriptGroups = new TreeSet<>();
        for (String line : m.group(1).split("\n")) {
            scriptGroups.add(line.substring(0, line.indexOf(':')));
        }
        Set<String> expected = new TreeSet<>(CandidateGroups.required());
        expected.add("operators");
        assertThat(scriptGroups).isEqualTo(expected);
        assertThat(missingGroups(realm(), expected)).isEmpty();
    }
}
