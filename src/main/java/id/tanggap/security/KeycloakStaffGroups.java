package id.tanggap.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * With the {@code oidc} profile: a user's groups as Keycloak holds them, read through its admin REST API
 * ({@code GET /admin/realms/<realm>/users?username=&exact=true}, then {@code .../users/<id>/groups}) with
 * the application's own client ({@code tanggap}, client credentials; its service account has the realm
 * management roles {@code view-users} and {@code query-groups}, docker/keycloak/tanggap-realm.json). These are
 * the groups the orchestration cluster reads from the token's {@code groups} claim. Looked up on every
 * call: a user taken out of a group is refused at once.
 *
 * <p>It also moves a person between OPD groups, and takes a position's former holder out of its OPD's group, when the officials register gives them a position or another OPD
 * ({@link OpdGroupMembership}): the user is found by e-mail, then {@code PUT} / {@code DELETE
 * .../users/<id>/groups/<group id>}, which needs the realm management role {@code manage-users} as well.
 */
@Component
@Profile("oidc")
class KeycloakStaffGroups implements StaffGroups, OpdGroupMembership {

    private static final Logger log = LoggerFactory.getLogger(KeycloakStaffGroups.class);

    private final RestClient http;
    private final String issuer;
    private final String admin;
    private final String clientId;
    private final String clientSecret;

    KeycloakStaffGroups(
            RestClient.Builder builder,
            @Value("${spring.security.oauth2.client.provider.tanggap.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.client.registration.tanggap.client-id}") String clientId,
            @Value("${spring.security.oauth2.client.registration.tanggap.client-secret}") String clientSecret) {
        this.http = builder.build();
        this.issuer = issuer.replaceAll("/+$", "");
        // https://host/realms/tanggap -> https://host/admin/realms/tanggap
        this.admin = this.issuer.replaceFirst("/realms/([^/]+)$", "/admin/realms/$1");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public Optional<Set<String>> of(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String token = token();
        JsonNode users = http.get()
                .uri(admin + "/users?exact=true&briefRepresentation=true&username={u}", username)
                .headers(h -> h.setBearerAuth(token))
                .retrieve()
                .body(JsonNode.class);
        if (users == null || users.isEmpty() || !users.get(0).path("enabled").asBoolean(false)) {
            return Optional.empty();
        }
        JsonNode groups = http.get()
                .uri(
                        admin + "/users/{id}/groups?briefRepresentation=true&max=1000",
                        users.get(0).path("id").asText())
                .headers(h -> h.setBearerAuth(token))
                .retrieve()
                .body(JsonNode.class);
        Set<String> names = new TreeSet<>();
        if (groups != null) {
            // plain names: Camunda matches the groups claim, which the realm sends without paths
            groups.forEach(g -> names.add(g.path("name").asText()));
        }
        log.debug("groups of a task user looked up in Keycloak: {}", names);
        return Optional.of(names);
    }

    @Override
    public boolean move(String email, String fromOpd, String toOpd) {
        if (email == null || email.isBlank() || toOpd == null || toOpd.isBlank()) {
            return false;
        }
        String token = token();
        String user = userByEmail(token, email);
        if (user == null) {
            return false;
        }
        String to = groupId(token, group(toOpd));
        http.put()
                .uri(admin + "/users/{id}/groups/{group}", user, to)
                .headers(h -> h.setBearerAuth(token))
                .retrieve()
                .toBodilessEntity();
        if (fromOpd != null && !fromOpd.isBlank() && !fromOpd.equalsIgnoreCase(toOpd)) {
            removeFrom(token, user, fromOpd);
        }
        log.info("Keycloak OPD group membership moved to {}", group(toOpd));
        return true;
    }

    @Override
    public boolean leave(String email, String opdCode) {
        if (email == null || email.isBlank() || opdCode == null || opdCode.isBlank()) {
            return false;
        }
        String token = token();
        String user = userByEmail(token, email);
        if (user == null) {
            return false;
        }
        removeFrom(token, user, opdCode);
        log.info("Keycloak OPD group {}: a former position holder left it", group(opdCode));
        return true;
    }

    /** The id of the one Keycloak account with this e-mail address; null (and logged) when there is none or several. */
    private String userByEmail(String token, String email) {
        JsonNode users = http.get()
                .uri(admin + "/users?exact=true&briefRepresentation=true&email={e}", email.trim())
                .headers(h -> h.setBearerAuth(token))
                .retrieve()
                .body(JsonNode.class);
        if (users == null || users.size() != 1) {
            log.info("no single Keycloak account for an official's e-mail: OPD group not changed");
            return null;
        }
        return users.get(0).path("id").asText();
    }

    /** DELETE of a membership the user does not have is answered 204 by Keycloak too: leaving twice is harmless. */
    private void removeFrom(String token, String user, String opdCode) {
        http.delete()
                .uri(admin + "/users/{id}/groups/{group}", user, groupId(token, group(opdCode)))
                .headers(h -> h.setBearerAuth(token))
                .retrieve()
                .toBodilessEntity();
    }

    private static String group(String opdCode) {
        return "opd-" + opdCode.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The id of the top-level group with exactly this name; the realm must have it (docs/operations.md). */
    private String groupId(String token, String name) {
        JsonNode groups = http.get()
                .uri(admin + "/groups?search={n}&exact=true&briefRepresentation=true", name)
                .headers(h -> h.setBearerAuth(token))
                .retrieve()
                .body(JsonNode.class);
        if (groups != null) {
            for (JsonNode g : groups) {
                if (name.equals(g.path("name").asText())) {
                    return g.path("id").asText();
                }
            }
        }
        throw new IllegalStateException("the Keycloak realm has no group " + name);
    }

    private String token() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        JsonNode answer = http.post()
                .uri(issuer + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);
        if (answer == null || !answer.hasNonNull("access_token")) {
            throw new IllegalStateException("Keycloak gave no token to client " + clientId);
        }
        return answer.get("access_token").asText();
    }
}
