package id.tanggap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.intake.ComplaintIntake;
import id.tanggap.shared.Channel;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The logs a case leaves behind, from the public door and a social-media channel through triage and
 * the response, name the ticket but never the reporter: no name, telephone number, e-mail address or
 * platform sender id, also not when a report is refused as invalid.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogsWithoutPersonalDataIT extends CaseScenarioTest {

    private static final String NAME = "Baiq Logita Sulastri";
    private static final String PHONE = "0819-5555-0137";
    private static final String EMAIL = "logita.sulastri@warga.example";
    private static final String SENDER = "fb-sender-7781234509";

    @Autowired
    ComplaintIntake intake;

    @Test
    void aCaseFromIntakeToResponseLogsItsTicketButNotItsReporter(CapturedOutput output) {
        var web = cases.submitJson(Api.complaint("WEB", null, "JALAN_RUSAK", NAME, EMAIL, false, -8.52, 116.05, null));
        var phoned = cases.submitJson(Api.complaint("WEB", null, "SAMPAH", NAME, PHONE, false, -8.71, 116.33, null));
        var accepted = intake.submit(
                Cases.channelMessage(
                        Channel.FACEBOOK,
                        "msg:logs-" + UUID.randomUUID(),
                        "JALAN_RUSAK",
                        NAME,
                        SENDER,
                        -8.44,
                        116.21,
                        null),
                new ComplaintIntake.Origin("page-without-token", SENDER));
        var facebook = new Cases.Case(accepted.ticket(), cases.instanceOf(accepted.ticket()));
        // a refused report (no text) with the same identity
        var refused = cases.api().post("/api/complaints", """
                        {"reporter":{"name":"%s","contact":"%s","anonymous":false},"category":"JALAN_RUSAK"}""".formatted(NAME, PHONE));
        assertThat(refused.status()).isEqualTo(400);

        cases.triageValid(web, "JALAN_RUSAK");
        cases.respond(web, "Lubang sudah ditambal oleh tim Bina Marga.");
        cases.triageValid(facebook, "JALAN_RUSAK");
        cases.respond(facebook, "Lubang sudah ditambal oleh tim Bina Marga.");
        cases.awaitStatus(web, "DIPROSES");

        // the application's lines; the test's own mail server (GreenMail) logs the addresses it receives for
        String logs = output.getAll()
                .lines()
                .filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n"));
        // the capture does see the application's logs
        assertThat(logs).contains(web.ticket(), phoned.ticket(), facebook.ticket());
        assertThat(logs)
                .doesNotContain(NAME, "Logita", PHONE, "0819-5555", "081955550137", EMAIL, "logita.sulastri", SENDER);
    }
}
