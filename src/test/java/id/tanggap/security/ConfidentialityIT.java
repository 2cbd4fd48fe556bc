package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Hanya Diskominfotik yang tahu": a confidential reporter's identity is shown to Diskominfo (and
 * admins) only, and each time it is, the read is logged; supervisors and the OPD see "RAHASIA". Heads
 * of OPD see their OPD's cases like its staff, and never the Inspectorate's case about one of their
 * own officials, neither as a case nor in their dashboard.
 */
class ConfidentialityIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConfidentialReporterIsKnownToDiskominfoOnlyAndEachReadIsLogged() {
        Api api = new Api(port);
        Cases cases = new Cases(api, runtime, jdbc);
        var c = cases.submitJson(
                Api.complaint("WEB", "rahasia-" + UUID.randomUUID(), "JALAN_RUSAK", "Baiq Nurul Hidayah", false)
                        .replace("\"anonymous\":false", "\"anonymous\":false,\"confidential\":true"));
        cases.triageValid(c, "JALAN_RUSAK");
        awaitOpd(c.ticket(), "DPUPR");

        for (String user : new String[] {"sekda", "pupr", "kadis-pupr"}) {
            var view = api.get("/api/cases/" + c.ticket(), user, "tanggap");
            assertThat(view.status()).as(user).isEqualTo(200);
            assertThat(view.json().at("/reporter/name").asText()).as(user).isEqualTo("RAHASIA");
            assertThat(view.json().at("/reporter/contact").asText()).as(user).isIn("", "null");
            assertThat(view.json().at("/reporter/confidential").asBoolean())
                    .as(user)
                    .isTrue();
            assertThat(view.body()).as(user).doesNotContain("Baiq", "3456");
        }
        assertThat(logRows(c.ticket()))
                .as("reads without the identity are not logged")
                .isZero();

        Instant before = Instant.now().minusSeconds(5);
        var diskominfo = api.get("/api/cases/" + c.ticket(), "diskominfo", "tanggap");
        assertThat(diskominfo.status()).isEqualTo(200);
        assertThat(diskominfo.json().at("/reporter/name").asText()).isEqualTo("Baiq Nurul Hidayah");
        assertThat(diskominfo.json().at("/reporter/contact").asText()).isEqualTo("0812-3456-7890");
        Map<String, Object> row =
                jdbc.queryForMap("SELECT username, client_ip FROM identity_access_log WHERE ticket = ?", c.ticket());
        assertThat(row.get("username")).isEqualTo("diskominfo");
        assertThat((String) row.get("client_ip")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(jdbc.queryForObject(
                                "SELECT accessed_at FROM identity_access_log WHERE ticket = ?",
                                java.sql.Timestamp.class,
                                c.ticket())
                        .toInstant())
                .isAfter(before);

        assertThat(api.get("/api/cases/" + c.ticket(), "admin", "tanggap")
                        .json()
                        .at("/reporter/name")
                        .asText())
                .isEqualTo("Baiq Nurul Hidayah");
        assertThat(jdbc.queryForList(
                        "SELECT username FROM identity_access_log WHERE ticket = ? ORDER BY id",
                        String.class,
                        c.ticket()))
                .as("every read, by whom")
                .containsExactly("diskominfo", "admin");
    }

    @Test
    void aHeadOfOpdSeesTheirOpdsCasesMaskedLikeItsStaff() {
        Api api = new Api(port);
        Cases cases = new Cases(api, runtime, jdbc);
        var c = cases.submitJson(
                Api.complaint("WEB", "kadis-" + UUID.randomUUID(), "JALAN_RUSAK", "Lalu Muhammad Zaini", false));
        cases.triageValid(c, "JALAN_RUSAK");
        awaitOpd(c.ticket(), "DPUPR");

        var head = api.get("/api/cases/" + c.ticket(), "kadis-pupr", "tanggap");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.json().at("/reporter/name").asText()).isEqualTo("L*** M******* Z****");
        assertThat(head.json().at("/reporter/contact").asText())
                .endsWith("7890")
                .doesNotContain("0812");
        assertThat(api.get("/api/cases/" + c.ticket(), "kadis-dlhk", "tanggap").status())
                .isEqualTo(403);
        assertThat(api.get("/api/cases/" + c.ticket(), "sekda", "tanggap")
                        .json()
                        .at("/reporter/name")
                        .asText())
                .isEqualTo("Lalu Muhammad Zaini");
        assertThat(logRows(c.ticket())).as("no confidential identity was read").isZero();
    }

    @Test
    void theInspectoratesCaseAboutAPuprOfficialIsNeverShownToPupr() {
        Api api = new Api(port);
        Cases cases = new Cases(api, runtime, jdbc);
        long headBefore = received(api, "kadis-pupr", "");
        long provinceBefore = received(api, "sekda", "");

        // a road complaint, but about how a PUPR official treated the reporter: triage ticks "own official"
        var c = aboutOwnOfficial(cases, Map.of());
        assertThat(ComplaintRows.value(jdbc, c.ticket(), "subject_opd_code", String.class))
                .as("the category's OPD is recorded as the one whose official it is about")
                .isEqualTo("DPUPR");

        assertThat(api.get("/api/cases/" + c.ticket(), "kadis-pupr", "tanggap").status())
                .isEqualTo(403);
        assertThat(api.get("/api/cases/" + c.ticket(), "pupr", "tanggap").status())
                .isEqualTo(403);
        assertThat(api.get("/api/cases/" + c.ticket(), "sekda", "tanggap").status())
                .isEqualTo(200);

        assertThat(received(api, "sekda", ""))
                .as("the province counts the case")
                .isGreaterThan(provinceBefore);
        assertThat(received(api, "kadis-pupr", "")).as("PUPR's head does not").isEqualTo(headBefore);
        assertThat(received(api, "kadis-pupr", "?opd=DPUPR")).isEqualTo(headBefore);
        assertThat(api.get("/dashboard?opd=INSPEKTORAT", "kadis-pupr", "tanggap")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/dashboard", "kadis-pupr", "tanggap").body()).doesNotContain(c.ticket(), "Inspektorat");
    }

    @Test
    void theOpdChosenInTriageIsTheSubjectOfAComplaintAboutItsOfficial() {
        Api api = new Api(port);
        Cases cases = new Cases(api, runtime, jdbc);
        var c = aboutOwnOfficial(cases, Map.of("assignedOpd", "DLHK"));
        assertThat(ComplaintRows.value(jdbc, c.ticket(), "subject_opd_code", String.class))
                .isEqualTo("DLHK");
        assertThat(api.get("/api/cases/" + c.ticket(), "kadis-dlhk", "tanggap").status())
                .isEqualTo(403);
    }

    /** A road complaint that triage marks as about an official of the OPD in charge: it goes to the Inspectorate. */
    private Cases.Case aboutOwnOfficial(Cases cases, Map<String, Object> moreDecision) {
        var c = cases.submitJson(
                Api.complaint("WEB", "inspektorat-" + UUID.randomUUID(), "JALAN_RUSAK", "Siti Aminah", false));
        var decision = Cases.vars(
                "triageDecision",
                "VALID",
                "category",
                "JALAN_RUSAK",
                "urgency",
                "NORMAL",
                "complaintType",
                "SIMPLE",
                "aboutOwnOfficial",
                true);
        decision.putAll(moreDecision);
        cases.triage(c, decision);
        awaitOpd(c.ticket(), "INSPEKTORAT");
        return c;
    }

    /** "Diterima" on the dashboard as the user sees it. */
    private static long received(Api api, String user, String query) {
        var page = api.get("/dashboard" + query, user, "tanggap");
        assertThat(page.status()).as(user + " dashboard").isEqualTo(200);
        Matcher m = Pattern.compile("id=\"kpi-received\">(\\d+)<").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void awaitOpd(String ticket, String opd) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> opd.equals(ComplaintRows.value(jdbc, ticket, "opd_code", String.class)));
    }

    private long logRows(String ticket) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM identity_access_log WHERE ticket = ?", Long.class, ticket);
    }
}
