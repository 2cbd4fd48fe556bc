package id.tanggap.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SP4N-LAPOR! door checks its token before it reads the body. */
class LaporInboundIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private int cases() {
        return ComplaintRows.countFromChannel(jdbc, "LAPOR");
    }

    @Test
    void aCallerWithoutTheTokenGets401WhateverTheBodyAndNothingIsParsed() {
        Api api = new Api(port);
        int before = cases();
        for (String body : new String[] {"{\"id\": ", "[1,2", "{\"id\":{\"x\":1},\"lokasi\":\"utara\"}", ""}) {
            for (Map<String, String> auth :
                    java.util.List.<Map<String, String>>of(Map.of(), Map.of("Authorization", "Bearer salah"))) {
                var r = api.post("/api/lapor/disposisi", body.getBytes(StandardCharsets.UTF_8), auth);
                assertThat(r.status()).as(body + " " + auth).isEqualTo(401);
                assertThat(r.body()).contains("Token SP4N-LAPOR! tidak valid").doesNotContain("JSON", "errors");
            }
        }
        assertThat(cases()).isEqualTo(before);

        // with the token, bad JSON is a 400 that names what is wrong
        var bad = api.post(
                "/api/lapor/disposisi",
                "{\"id\": ".getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer lapor-inbound-test-token"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("body");
        var wrongType = api.post(
                "/api/lapor/disposisi",
                "{\"id\":\"L-1\",\"lokasi\":\"utara\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer lapor-inbound-test-token"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").findValuesAsText("field")).containsExactly("lokasi");
        var huge = api.post(
                "/api/lapor/disposisi",
                ("{\"id\":\"L-2\",\"isi\":\"" + "a".repeat(LaporInboundController.MAX_BODY) + "\"}")
                        .getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer lapor-inbound-test-token"));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(cases()).isEqualTo(before);
    }
}
