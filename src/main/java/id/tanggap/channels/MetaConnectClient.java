package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The Graph API calls of Facebook Login for Business and of token health (docs/channels/connect.md
 * cites Meta's pages): the login dialog's address, the code exchanged for a user token and that for a
 * long-lived one, the Pages the person manages with their Page tokens and linked Instagram professional
 * accounts, the Page's subscription to the app's webhook fields, debug_token, and the WhatsApp number
 * a system-user token reaches. Tokens go in the query or the Authorization header, never into a log.
 */
@Component
class MetaConnectClient {

    record Page(String id, String name, String accessToken, String instagramId) {

        /** Whether this Page is the account's: a Facebook Page by its id, an Instagram account by the Page it is linked to. */
        boolean serves(id.tanggap.officials.OfficialAccount a) {
            return "FACEBOOK".equals(a.getPlatform())
                    ? a.getPlatformAccountId().equals(id)
                    : a.getPlatformAccountId().equals(instagramId);
        }
    }

    /** What debug_token says of a token; {@code expiresAt} null when it does not expire. */
    record TokenInfo(boolean valid, Instant expiresAt, String type, int errorCode, String errorMessage) {}

    record UserToken(String accessToken, Instant expiresAt) {}

    private final ChannelProperties.Meta meta;
    private final RestClient http;
    private final ObjectMapper json;

    MetaConnectClient(ChannelProperties properties, ObjectMapper json, RestClient.Builder http) {
        this.meta = properties.meta();
        this.http = http.baseUrl(meta.graphUrl()).build();
        this.json = json;
    }

    boolean configured() {
        return notBlank(meta.appId()) && notBlank(meta.appSecret());
    }

    /** The Facebook Login for Business dialog: the configuration (not scopes) says which permissions and assets. */
    String authorizeUrl(String state, String redirectUri) {
        StringBuilder url = new StringBuilder(meta.dialogUrl())
                .append("?client_id=")
                .append(enc(meta.appId()))
                .append("&redirect_uri=")
                .append(enc(redirectUri))
                .append("&state=")
                .append(enc(state))
                .append("&response_type=code");
        if (notBlank(meta.loginConfigId())) {
            url.append("&config_id=").append(enc(meta.loginConfigId())).append("&override_default_response_type=true");
        }
        return url.toString();
    }

    /** GET /oauth/access_token with the code: the user access token (short-lived). */
    UserToken exchangeCode(String code, String redirectUri) {
        return userToken(call(http.get()
                .uri(b -> b.path("/oauth/access_token")
                        .queryParam("client_id", "{id}")
                        .queryParam("redirect_uri", "{redirect}")
                        .queryParam("client_secret", "{secret}")
                        .queryParam("code", "{code}")
                        .build(meta.appId(), redirectUri, meta.appSecret(), code))));
    }

    /** GET /oauth/access_token with grant_type=fb_exchange_token: a long-lived user token, whose Page tokens do not expire. */
    UserToken longLived(String userToken) {
        return userToken(call(http.get()
                .uri(b -> b.path("/oauth/access_token")
                        .queryParam("grant_type", "fb_exchange_token")
                        .queryParam("client_id", "{id}")
                        .queryParam("client_secret", "{secret}")
                        .queryParam("fb_exchange_token", "{token}")
                        .build(meta.appId(), meta.appSecret(), userToken))));
    }

    /** GET /me/accounts: the Pages the person granted, with each Page's token and linked Instagram account. */
    List<Page> pages(String userToken) {
        JsonNode body = call(http.get()
                .uri(b -> b.path("/me/accounts")
                        .queryParam("fields", "id,name,access_token,instagram_business_account")
                        .build())
                .header("Authorization", "Bearer " + userToken));
        List<Page> pages = new ArrayList<>();
        for (JsonNode p : body.path("data")) {
            String ig = p.path("instagram_business_account").path("id").asText(null);
            pages.add(new Page(
                    p.path("id").asText(),
                    p.path("name").asText(""),
                    p.path("access_token").asText(null),
                    ig));
        }
        return pages;
    }

    /** POST /{page-id}/subscribed_apps: the Page's comments and messages reach Tanggap's webhook. */
    void subscribe(String pageId, String pageToken) {
        JsonNode body = call(http.post()
                .uri(b -> b.path("/" + pageId + "/subscribed_apps")
                        .queryParam("subscribed_fields", "{fields}")
                        .build(meta.pageWebhookFields()))
                .header("Authorization", "Bearer " + pageToken));
        if (!body.path("success").asBoolean(false)) {
            throw new PlatformException("Graph API: subscribed_apps did not confirm the subscription", false);
        }
    }

    /** GET /debug_token with the app token: whether a token still works and until when. */
    TokenInfo debug(String token) {
        JsonNode data = call(http.get()
                        .uri(b -> b.path("/debug_token")
                                .queryParam("input_token", "{token}")
                                .queryParam("access_token", "{app}")
                                .build(token, meta.appId() + "|" + meta.appSecret())))
                .path("data");
        long expires = data.path("expires_at").asLong(0);
        return new TokenInfo(
                data.path("is_valid").asBoolean(false),
                expires == 0 ? null : Instant.ofEpochSecond(expires),
                data.path("type").asText(""),
                data.path("error").path("code").asInt(-1),
                data.path("error").path("message").asText(""));
    }

    /** GET /{phone-number-id}: the WhatsApp number a system-user token reaches; its display number. */
    String whatsAppNumber(String phoneNumberId, String token) {
        return call(http.get()
                        .uri(b -> b.path("/" + phoneNumberId)
                                .queryParam("fields", "display_phone_number,verified_name")
                                .build())
                        .header("Authorization", "Bearer " + token))
                .path("display_phone_number")
                .asText("");
    }

    private static UserToken userToken(JsonNode body) {
        String token = body.path("access_token").asText(null);
        if (token == null) {
            throw new PlatformException("Graph API: no access_token in the answer", true);
        }
        long expiresIn = body.path("expires_in").asLong(0);
        return new UserToken(token, expiresIn == 0 ? null : Instant.now().plusSeconds(expiresIn));
    }

    private JsonNode call(RestClient.RequestHeadersSpec<?> request) {
        return PlatformCalls.send(
                request,
                json,
                (status, node) -> {
                    if (!status.isError() && !node.has("error")) {
                        return null;
                    }
                    JsonNode e = node.path("error");
                    int code = e.path("code").asInt(-1);
                    return new PlatformException(
                            "Graph API " + status.value() + " code " + code + ": "
                                    + e.path("message").asText("no error object"),
                            code == 190 || code == 102 || code == 10 || code == 200 || code == 100,
                            code);
                },
                e -> "Graph API unreachable: " + e.getClass().getSimpleName());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
