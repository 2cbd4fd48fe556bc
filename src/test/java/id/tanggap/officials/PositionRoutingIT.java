package id.tanggap.officials;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * complaint-routing.dmn names an OPD and a position, the officials register says who holds the position today:
 * when Diskominfo gives the position to another official ({@code PUT /api/officials/<nip>}), the next case goes
 * to that official, without any model being changed or deployed again.
 */
class PositionRoutingIT extends IntegrationTest {

    /** The demo holder of DPUPR's KABID_BINA_MARGA (demo data) and the head of DPUPR. */
    static final String FORMER_HOLDER = "197203151998031004";

    static final String HEAD = "196805121994031005";
    static final String SUCCESSOR = "199001012015031001";
    static final String SUCCESSOR_MAIL = "kabid.binamarga.baru@ntbprov.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Officials officials;

    Cases cases;
    Api api;

    @BeforeEach
    void cases() {
        api = new Api(port);
        cases = new Cases(api, runtime, jdbc);
    }

    @AfterEach
    void giveThePositionBack() {
        // other tests expect the demo holder
        var back = api.putAs("diskominfo", "/api/officials/" + FORMER_HOLDER, "application/json", formerHolder());
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(officials.holderOf("DPUPR", "KABID_BINA_MARGA"))
                .get()
                .extracting(Official::getNip)
                .isEqualTo(FORMER_HOLDER);
    }

    @Test
    void theNextCaseGoesToTheOfficialWhoHoldsThePositionNow() {
        var before = cases.submit("JALAN_RUSAK");
        cases.triageValid(before, "JALAN_RUSAK");
        cases.mails(before, "kabid.dpupr@ntbprov.example", "Aduan baru", 1);
        assertThat(runtime.variables(before.instance()))
                .containsEntry("officialNip", FORMER_HOLDER)
                .containsEntry("position", "KABID_BINA_MARGA");

        var given = api.putAs(
                "diskominfo", "/api/officials/" + SUCCESSOR, "application/json", """
                {"name":"Lalu Ahmad Zulfikar, S.T., M.T.","positionTitle":"Kepala Bidang Bina Marga","echelon":"III",
                 "opdCode":"DPUPR","email":"%s","superiorNip":"%s","position":"KABID_BINA_MARGA"}""".formatted(SUCCESSOR_MAIL, HEAD));
        assertThat(given.status()).as(given.body()).isIn(200, 201);
        assertThat(given.json().get("position").asText()).isEqualTo("KABID_BINA_MARGA");
        var former =
                api.get("/api/officials?opd=DPUPR", "diskominfo", "tanggap").json();
        for (var o : former) {
            if (o.get("nip").asText().equals(FORMER_HOLDER)) {
                assertThat(o.get("position"))
                        .as("the former holder no longer holds it")
                        .isNull();
            }
        }
        assertThat(api.get("/api/officials/" + FORMER_HOLDER + "/history", "diskominfo", "tanggap")
                        .json()
                        .findValuesAsText("note"))
                .contains("tidak lagi memegang jabatan KABID_BINA_MARGA (DPUPR)");

        var after = cases.submit("JALAN_RUSAK");
        cases.triageValid(after, "JALAN_RUSAK");
        var mails = cases.mails(after, SUCCESSOR_MAIL, "Aduan baru", 1);
        assertThat(mails).hasSize(1);
        assertThat(runtime.variables(after.instance()))
                .containsEntry("officialNip", SUCCESSOR)
                .containsEntry("headNip", HEAD)
                .containsEntry("candidateGroup", "opd-dpupr");
        assertThat(jdbc.queryForObject(
                        "SELECT official_nip FROM complaint WHERE ticket = ?", String.class, after.ticket()))
                .isEqualTo(SUCCESSOR);
        assertThat(cases.mailCount(after, "kabid.dpupr@ntbprov.example", "Aduan baru"))
                .as("the former holder is not told of the new case")
                .isZero();
        assertThat(TestMail.to(SUCCESSOR_MAIL))
                .noneMatch(m -> TestMail.subjectOf(m).contains(before.ticket()));
    }

    @Test
    void aVacantPositionFallsToTheHeadOfTheOpd() {
        jdbc.update("UPDATE opd_position SET holder_nip = NULL WHERE opd_code = 'DPUPR' AND code = 'KABID_BINA_MARGA'");
        var c = cases.submit("JALAN_RUSAK");
        cases.triageValid(c, "JALAN_RUSAK");
        cases.mails(c, "kadis.dpupr@ntbprov.example", "Aduan baru", 1);
        assertThat(runtime.variables(c.instance()))
                .containsEntry("officialNip", HEAD)
                .containsEntry("headNip", HEAD);
    }

    private static String formerHolder() {
        return """
                {"name":"Baiq Rahmawati Sasmita, S.T.","positionTitle":"Kepala Bidang Bina Marga","echelon":"III",
                 "opdCode":"DPUPR","email":"kabid.dpupr@ntbprov.example","superiorNip":"%s","position":"KABID_BINA_MARGA"}""".formatted(HEAD);
    }
}
