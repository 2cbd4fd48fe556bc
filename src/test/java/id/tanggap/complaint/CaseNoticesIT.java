package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.devrun.DevMailText;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.ProcessDates;
import id.tanggap.shared.TanggapProperties;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Everyone hears what concerns them: the OPD why a case came back, the top of the ladder who was warned before. */
@Tag("scenario")
class CaseNoticesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TanggapProperties properties;

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(new Api(port), runtime, jdbc);
    }

    @Test
    void aReopenedCaseTellsTheOpdTheRatingAndTheComplainantsComment() throws Exception {
        var c = cases.submit("SAMPAH");
        cases.triageValid(c, "SAMPAH");
        cases.respond(c, "Petugas kebersihan dijadwalkan.");
        cases.resolve(c, "Sampah sudah diangkut.");
        String official = jdbc.queryForObject(
                "SELECT o.email FROM official o JOIN complaint c ON c.official_nip = o.nip WHERE c.ticket = ?",
                String.class,
                c.ticket());
        String code = jdbc.queryForObject(
                "SELECT confirmation_code FROM complaint WHERE ticket = ?", String.class, c.ticket());
        assertThat(cases.api()
                        .post("/api/complaints/" + c.ticket() + "/rating", """
                                {"code":"%s","rating":2,"comment":"Sampah di ujung gang masih menumpuk."}""".formatted(code))
                        .status())
                .isEqualTo(202);

        // the official hears why: the rating, the comment and the resolution that was rated
        String mail = DevMailText.plainText(
                cases.mails(c, official, "dibuka kembali", 1).get(0));
        assertThat(mail)
                .contains(
                        "2 dari 5",
                        "Sampah di ujung gang masih menumpuk.",
                        "Sampah sudah diangkut.",
                        "Selesaikan tindak lanjut");
        // and the resolve form has them as variables (read-only fields shown when reopened)
        cases.task(c, "Task_ResolveComplaint");
        assertThat(runtime.variables(c.instance()))
                .containsEntry("rating", 2)
                .containsEntry("ratingComment", "Sampah di ujung gang masih menumpuk.")
                .containsEntry("reopenCount", 1);
        cases.resolve(c, "Sampah di ujung gang juga diangkut.");
    }

    @Test
    void theTopOfTheLadderHearsWhoWasWarnedBeforeSinceWhenAndHowLate() throws Exception {
        var c = cases.submit("KEMACETAN");
        cases.triageValid(c, "KEMACETAN");
        cases.task(c, "Task_RespondToComplaint");
        Instant due = ProcessDates.parse(String.valueOf(cases.variable(c, "responseDueDate")));

        cases.advancePast(due);
        cases.mails(c, "kadis.dishub@ntbprov.example", "ESKALASI level 1", 1);
        Instant level1 = await().atMost(Duration.ofSeconds(10)).until(() -> escalatedAt(c, 1), at -> at != null);

        runtime.increaseTime(Duration.ofHours(24));
        String sekda = DevMailText.plainText(
                cases.mails(c, "sekda@ntbprov.example", "ESKALASI level 2", 1).get(0));
        assertThat(sekda)
                .contains(
                        "Sudah diperingatkan sebelumnya",
                        "Level 1 sejak " + IndonesianDates.longDateTime(level1, properties.zone()),
                        "Ketut Ardana Putra",
                        "Keterlambatan saat ini: 1 hari")
                .doesNotContain("Level 2 sejak");
        Instant level2 = await().atMost(Duration.ofSeconds(10)).until(() -> escalatedAt(c, 2), at -> at != null);

        runtime.increaseTime(Duration.ofHours(24));
        String governor = DevMailText.plainText(cases.mails(c, "gubernur@ntbprov.example", "ESKALASI level 3", 1)
                .get(0));
        assertThat(governor)
                .contains(
                        "Level 1 sejak " + IndonesianDates.longDateTime(level1, properties.zone()),
                        "Level 2 sejak " + IndonesianDates.longDateTime(level2, properties.zone()),
                        "Keterlambatan saat ini: 2 hari");
        // the first level had no one before it
        assertThat(DevMailText.plainText(cases.mails(c, "kadis.dishub@ntbprov.example", "ESKALASI level 1", 1)
                        .get(0)))
                .doesNotContain("Sudah diperingatkan sebelumnya");

        // the public timeline calls each step a missed deadline, not a disposition
        await().atMost(Duration.ofSeconds(10)).until(() -> escalationEntries(c).size() == 3);
        List<JsonNode> entries = escalationEntries(c);
        assertThat(entries).allSatisfy(e -> assertThat(e.get("label").asText()).isEqualTo("Terlambat: dieskalasi"));
        assertThat(entries.get(0).get("note").asText())
                .startsWith("Eskalasi level 1: tenggat tanggapan pertama ("
                        + IndonesianDates.longDateTime(due, properties.zone()) + ") terlewati");
        assertThat(entries.get(2).get("note").asText()).contains("terlewati 2 hari");
        assertThat(cases.publicStatus(c).get("timeline"))
                .noneSatisfy(e -> assertThat(e.get("label").asText().equals("Didisposisikan ke OPD")
                                && e.get("note").asText().contains("Eskalasi"))
                        .isTrue());
    }

    private Instant escalatedAt(Cases.Case c, int level) {
        // stored in UTC (hibernate.jdbc.time_zone), read as text so the connection's zone does not shift it
        List<String> at = jdbc.queryForList(
                "SELECT DATE_FORMAT(e.escalated_at, '%Y-%m-%dT%H:%i:%s') FROM complaint_escalation e"
                        + " JOIN complaint c ON c.id = e.complaint_id"
                        + " WHERE c.ticket = ? AND e.level = ? AND e.kind = 'FIRST_RESPONSE'",
                String.class, c.ticket(), level);
        return at.isEmpty()
                ? null
                : java.time.LocalDateTime.parse(at.get(0))
                        .atZone(java.time.ZoneOffset.UTC)
                        .toInstant();
    }

    private List<JsonNode> escalationEntries(Cases.Case c) {
        List<JsonNode> out = new ArrayList<>();
        cases.publicStatus(c).get("timeline").forEach(e -> {
            if ("ESKALASI".equals(e.get("status").asText())) {
                out.add(e);
            }
        });
        return out;
    }
}
