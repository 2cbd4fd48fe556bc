package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.devrun.DevMailText;
import id.tanggap.shared.TanggapProperties;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
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
    id.tanggap.process.ProcessModels models;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TanggapProperties properties;

    Cases cases;

    @BeforeEach
    void cases() {
        // the first class of a run on a busy machine may start before the models are deployed
        await().atMost(java.time.Duration.ofMinutes(3)).until(models::deployed);
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
}
