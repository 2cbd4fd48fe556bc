package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * X's OAuth 2.0 Authorization Code Flow with PKCE (docs/channels/connect.md cites X's page): the
 * authorize page's address, the code exchanged at /2/oauth2/token, the refresh of a token (X rotates
 * the refresh token), and /2/users/me to know whose account granted it. A confidential client
 * authenticates with HTTP Basic (client id and secret).
 */
@Component
class XOAuthClient {

    static final String SCOPES = "tweet.read tweet.write users.read dm.read dm.write offline.access";

    record Tokens(String accessToken, String refreshToken, Instant expiresAt) {}

    private final ChannelProperties.X x;
    private final RestClient http;
    private final ObjectMapper json;

    XOAuthClient(ChannelProperties properties, ObjectMapper json, RestClient.Builder http) {
        this.x = properties.x();
        this.http = http.baseUrl(x.apiUrl()).build();
        this.json = json;
    }

    boolean configured() {
        return x.clientId() != null && !x.clientId().isBlank();
    }

    String authorizeUrl(String state, String codeChallenge, String redirectUri) {
        return x.authorizeUrl() + "?response_type=code&client_id=" + MetaConnectClient.enc(x.clientId())
                + "&redirect_uri=" + MetaConnectClient.enc(redirectUri)
                + "&scope=" + MetaConnectClient.enc(SCOPES)
                + "&state=" + MetaConnectClient.enc(state)
                + "&code_challenge=" + MetaConnectClient.enc(codeChallenge)
                + "&code_challenge_method=S256";
    }

    Tokens exchange(String code, String codeVerifier, String redirectUri) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("code", code);
        form.add("grant_type", "authorization_code");
        form.add("redirect_uri", redirectUri);
        form.add("code_verifier", codeVerifier);
        form.add("client_id", x.clientId());
        return token(form);
    }

    Tokens refresh(String refreshToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("refresh_token", refreshToken);
        form.add("grant_type", "refresh_token");
        form.add("client_id", x.clientId());
        return token(form);
    }

    /** GET /2/users/me: the id of the account that granted the token. */
    String me(String accessToken) {
        return call(http.get().uri("/2/users/me").header("Authorization", "Bearer " + accessToken))
                .path("data")
                .path("id")
                .asText(null);
    }

    private Tokens token(MultiValueMap<String, String> form) {
        RestClient.RequestBodySpec request =
                http.post().uri("/2/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (x.clientSecret() != null && !x.clientSecret().isBlank()) {
            request = request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (x.clientId() + ":" + x.clientSecret()).getBytes(StandardCharsets.UTF_8)));
        }
        JsonNode body = call(request.body(form));
        String access = body.path("access_token").asText(null);
        if (access == null) {
            throw new PlatformException("X API: no access_token in the token answer", true);
        }
        long expiresIn = body.path("expires_in").asLong(0);
        return new Tokens(
                access,
                body.path("refresh_token").asText(null),
                expiresIn == 0 ? null : Instant.now().plusSeconds(expiresIn));
    }

    /** 400 (invalid_request / invalid_grant: a used, revoked or expired code or refresh token) and 401 are permanent. */
    private JsonNode call(RestClient.RequestHeadersSpec<?> request) {
        return PlatformCalls.send(
                request,
                json,
                (status, node) -> XErrors.of(status, node, code -> code == 400 || code == 401 || code == 403),
                e -> "X API unreachable: " + e.getClass().getSimpleName());
    }
}
