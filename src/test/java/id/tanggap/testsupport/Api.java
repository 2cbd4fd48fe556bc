package id.tanggap.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the running application, as an outside caller sees it. */
public final class Api {

    public record Response(int status, String contentType, String body, JsonNode json) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A raw POST, as a platform delivers a webhook. */
    public Response post(String path, byte[] body, java.util.Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    /** A POST as a logged-in member of staff (HTTP Basic, demo password). */
    public Response postAs(String user, String path, String contentType, String body) {
        return sendAs("POST", user, path, contentType, body);
    }

    /** A POST as a logged-in member of staff with more headers (a browser's Accept-Language, say). */
    public Response postAs(
            String user, String path, String contentType, String body, java.util.Map<String, String> headers) {
        String auth = Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    /** A PUT as a logged-in member of staff. */
    public Response putAs(String user, String path, String contentType, String body) {
        return sendAs("PUT", user, path, contentType, body);
    }

    private Response sendAs(String method, String user, String path, String contentType, String body) {
        String auth = Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + auth)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    /** A GET as a logged-in member of staff (HTTP Basic, demo password) with a browser's headers. */
    public Response getAs(String user, String path, java.util.Map<String, String> headers) {
        String auth = Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + auth)
                .GET();
        headers.forEach(b::header);
        return send(b.build());
    }

    public Response get(String path, String user, String password) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + auth)
                .GET()
                .build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if ((type.contains("json") || type.isEmpty())
                    && !r.body().isBlank()
                    && (r.body().startsWith("{") || r.body().startsWith("["))) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), type, r.body(), json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Random PLACES = new java.util.Random();

    /** A report through the public door with a retry key, as a web client sends it. */
    public Response postWeb(String json, String idempotencyKey) {
        return post(
                "/api/complaints",
                json.getBytes(StandardCharsets.UTF_8),
                java.util.Map.of("Idempotency-Key", idempotencyKey));
    }

    /**
     * A valid complaint as JSON, with the fields a test wants to vary. Each gets its own place in
     * Lombok (tens of kilometres apart), so that it is not joined to another test's case as a duplicate.
     * For the web channel (the public door) the external id is not sent: the public door takes no
     * message ids (its retry key is the Idempotency-Key header, see {@link #postWeb}); for other
     * channels the JSON is the shape their doors hand to the intake (see {@link Cases#submitVia}).
     */
    public static String complaint(
            String channel, String externalId, String category, String reporterName, boolean anonymous) {
        return complaint(
                channel,
                externalId,
                category,
                reporterName,
                "0812-3456-7890",
                anonymous,
                -8.9 + PLACES.nextDouble() * 0.6,
                116.0 + PLACES.nextDouble() * 0.6,
                null);
    }

    public static String complaint(
            String channel,
            String externalId,
            String category,
            String reporterName,
            String contact,
            boolean anonymous,
            double lat,
            double lon,
            String threadId) {
        return """
                {"channel":"%s","externalId":%s,
                 "reporter":{"name":%s,"contact":"%s","anonymous":%s},
                 "text":"Jalan di depan Pasar Kebon Roek berlubang besar dan sudah dua motor jatuh minggu ini.",
                 "category":"%s",
                 "location":{"lat":%s,"lon":%s,"address":"Jl. Adi Sucipto, Ampenan, Mataram"},
                 "threadId":%s,
                 "attachments":["https://foto.example/lubang-1.jpg","https://foto.example/lubang-2.jpg"]}
                """.formatted(
                        channel,
                        externalId == null || "WEB".equals(channel) ? "null" : "\"" + externalId + "\"",
                        reporterName == null ? "null" : "\"" + reporterName + "\"",
                        contact,
                        anonymous,
                        category,
                        lat,
                        lon,
                        threadId == null ? "null" : "\"" + threadId + "\"");
    }
}
