package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * Issue 20, findings 3 and 7: one client cannot flood the anonymous intake or walk the public lists.
 * The test profile's limits are high (every test calls from 127.0.0.1); this class lowers them on
 * the running filter for itself and restores them afterwards.
 */
class PublicRateLimitIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    FilterRegistrationBean<PublicRateLimitFilter> registration;

    private PublicRateLimitFilter.Limits saved;
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Lowers the limits, on buckets whose clock stands still: no token comes back while a test runs, however long
     * the machine stalls between two requests.
     */
    private void limit(int intake, int reads) {
        PublicRateLimitFilter.Limits previous = registration
                .getFilter()
                .use(new PublicRateLimitFilter.Limits(
                        new TokenBuckets(intake, 1000, () -> 0L), new TokenBuckets(reads, 1000, () -> 0L)));
        if (saved == null) {
            saved = previous;
        }
    }

    @AfterEach
    void restore() {
        if (saved != null) {
            registration.getFilter().use(saved);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postComplaint() throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/complaints"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Api.complaint("WEB", "flood-" + UUID.randomUUID(), "SAMPAH", "Penguji", false)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAnonymousIntakeRefusesAFloodWithProblemDetailsAndRetryAfter() throws Exception {
        limit(2, 1000);
        assertThat(postComplaint().statusCode()).isEqualTo(201);
        assertThat(postComplaint().statusCode()).isEqualTo(201);
        HttpResponse<String> refused = postComplaint();
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 30));
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asText()).contains("Terlalu banyak permintaan");
        // the reads have their own budget
        assertThat(get("/open311/v2/services.json").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void guessingACasesConfirmationCodeIsLimitedLikeTheIntake() throws Exception {
        limit(2, 1000);
        String rating = "/api/complaints/ADU-1999-000001/rating";
        String guess = "{\"code\":\"000000\",\"rating\":5}";
        assertThat(post(rating, "application/json", guess).statusCode()).isNotEqualTo(429);
        assertThat(post(rating, "application/json", guess).statusCode()).isNotEqualTo(429);

        HttpResponse<String> refused = post(rating, "application/json", guess);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Terlalu banyak permintaan");
        // the other code checks share the budget: the answer to a request for information, and both pages
        assertThat(post("/api/complaints/ADU-1999-000001/info", "application/json", "{\"code\":\"000000\"}")
                        .statusCode())
                .isEqualTo(429);
        assertThat(post("/lacak/ADU-1999-000001/nilai", "application/x-www-form-urlencoded", "kode=000000&nilai=5")
                        .statusCode())
                .isEqualTo(429);
        assertThat(post("/lacak/ADU-1999-000001/info", "application/x-www-form-urlencoded", "kode=000000")
                        .statusCode())
                .isEqualTo(429);
        // and so does the page door that issues rating proof codes
        assertThat(post("/lacak/ADU-1999-000001/bukti-penilaian", "application/x-www-form-urlencoded", "")
                        .statusCode())
                .isEqualTo(429);
    }

    private static String tickets(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> "ADU-1999-%06d".formatted(i))
                .collect(Collectors.joining(","));
    }

    @Test
    void anOpen311LookupOfManyTicketsCostsOneReadPerTicket() throws Exception {
        limit(1000, 10);
        // 4 + 4 tickets of a budget of 10 reads a minute: both answered
        assertThat(get("/open311/v2/requests.json?service_request_id=" + tickets(1, 4))
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/open311/v2/requests.json?service_request_id=" + tickets(5, 4))
                        .statusCode())
                .isEqualTo(200);
        // 4 more would walk past the budget: refused as a whole, with a GeoReport error and Retry-After
        HttpResponse<String> refused = get("/open311/v2/requests.json?service_request_id=" + tickets(9, 4));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
        JsonNode errors = new ObjectMapper().readTree(refused.body());
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(429);
        assertThat(errors.get(0).get("description").asText()).contains("Terlalu banyak permintaan");
        // the same ticket twice, or tickets split over repeated parameters, count once each
        assertThat(get("/open311/v2/requests.json?service_request_id=ADU-1999-000001,ADU-1999-000001")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/open311/v2/requests.json?service_request_id=ADU-1999-000002&service_request_id="
                                + "ADU-1999-000003,ADU-1999-000004")
                        .statusCode())
                .isEqualTo(429);

        // more tickets in one lookup than a minute's budget could ever pass: a clear 400, not a 429 to wait out
        HttpResponse<String> tooMany = get("/open311/v2/requests.json?service_request_id=" + tickets(1, 11));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper()
                        .readTree(tooMany.body())
                        .get(0)
                        .get("description")
                        .asText())
                .contains("service_request_id", "paling banyak 10");

        // and the lookup itself takes at most 50 tickets, however high the budget
        limit(1000, 1000);
        HttpResponse<String> fiftyOne = get("/open311/v2/requests.json?service_request_id=" + tickets(1, 51));
        assertThat(fiftyOne.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper()
                        .readTree(fiftyOne.body())
                        .get(0)
                        .get("description")
                        .asText())
                .contains("service_request_id", "paling banyak 50");
        assertThat(get("/open311/v2/requests.json?service_request_id=" + tickets(1, 50))
                        .statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> head(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anotherSpellingOfADoorsPathOrAHeadRequestSpendsTheSameBudget() throws Exception {
        limit(1, 2);
        assertThat(postComplaint().statusCode()).isEqualTo(201);
        // "/%61pi/complaints" is /api/complaints to the application: it gets no budget of its own
        HttpResponse<String> encoded = post(
                "/%61pi/complaints",
                "application/json", Api.complaint("WEB", "flood-" + UUID.randomUUID(), "SAMPAH", "Penguji", false));
        assertThat(encoded.statusCode()).isEqualTo(429);
        assertThat(encoded.body()).contains("Terlalu banyak permintaan");

        // HEAD runs the lookup as GET does (its status tells whether the ticket exists): it reads from the budget
        assertThat(head("/open311/v2/requests/ADU-1999-000001.json").statusCode())
                .isNotEqualTo(429);
        assertThat(head("/open311/v2/requests/ADU-1999-000002.json").statusCode())
                .isNotEqualTo(429);
        assertThat(head("/open311/v2/requests/ADU-1999-000003.json").statusCode())
                .isEqualTo(429);

        // an encoded lookup of many tickets costs its tickets as well
        limit(1000, 10);
        assertThat(get("/open311/v2/request%73.json?service_request_id=" + tickets(1, 11))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void thePublicListsRefuseAWalkWithAGeoReportErrorAndTrackingWithAPage() throws Exception {
        limit(1000, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(get("/open311/v2/requests.json").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = get("/open311/v2/requests.json");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        JsonNode errors = new ObjectMapper().readTree(refused.body());
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(429);
        assertThat(errors.get(0).get("description").asText()).contains("Terlalu banyak permintaan");

        HttpResponse<String> page = get("/lacak/TGP-0000-000000");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Terlalu banyak permintaan", "coba lagi");

        // doors outside the public lists stay open
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }
}
