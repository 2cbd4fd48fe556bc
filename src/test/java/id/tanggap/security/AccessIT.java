package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Intake and tracking are open; the full case needs a role, and an OPD sees only its own cases, masked. */
class AccessIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFullCaseIsForStaffWithTheRightRoleAndOpd() {
        Api api = new Api(port);
        Cases cases = new Cases(api, runtime, jdbc);
        var c = cases.submitJson(Api.complaint("WEB", "acc-" + UUID.randomUUID(), "JALAN_RUSAK", "Siti Rohmah", false));
        String ticket = c.ticket();
        cases.triageValid(c, "JALAN_RUSAK");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> "DPUPR".equals(ComplaintRows.value(jdbc, ticket, "opd_code", String.class)));

        assertThat(api.get("/api/cases/" + ticket).status()).isEqualTo(401);
        assertThat(api.get("/api/cases/" + ticket, "pupr", "salah").status()).isEqualTo(401);
        assertThat(api.get("/api/cases/" + ticket, "dlhk", "tanggap").status()).isEqualTo(403);

        var diskominfo = api.get("/api/cases/" + ticket, "diskominfo", "tanggap");
        assertThat(diskominfo.status()).isEqualTo(200);
        assertThat(diskominfo.json().at("/reporter/name").asText()).isEqualTo("Siti Rohmah");
        assertThat(diskominfo.json().at("/reporter/contact").asText()).isEqualTo("0812-3456-7890");

        var opd = api.get("/api/cases/" + ticket, "pupr", "tanggap");
        assertThat(opd.status()).isEqualTo(200);
        assertThat(opd.json().at("/reporter/name").asText()).isEqualTo("S*** R*****");
        assertThat(opd.json().at("/reporter/contact").asText()).endsWith("7890").doesNotContain("0812");
        assertThat(opd.json().get("text").asText()).contains("Pasar Kebon Roek");
    }

    @Test
    void publicEndpointsAreOpenAndTheRestIsNot() {
        Api api = new Api(port);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/ADU-2026-999999").status()).isEqualTo(401);
        assertThat(api.get("/actuator/env").status()).isIn(401, 404);
    }
}
