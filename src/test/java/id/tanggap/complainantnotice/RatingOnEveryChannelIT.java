package id.tanggap.complainantnotice;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.intake.ComplaintIntake;
import id.tanggap.shared.Channel;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.TestPlatforms;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every complainant can rate, whatever the channel: a commenter gets the rating code as Meta's private reply to
 * their comment (never in the public reply); a WhatsApp complainant whose last message is older than 24 hours
 * gets the OPD's response and the resolution as approved templates, not as free text WhatsApp would refuse.
 */
@Tag("scenario")
class RatingOnEveryChannelIT extends CaseScenarioTest {

    private static final String PAGE = "104857600000001";
    private static final String WHATSAPP_NUMBER_ID = "106540352242922";

    @Autowired
    ComplaintIntake intake;

    private Cases.Case submit(Channel channel, String externalId, ComplaintIntake.Origin origin) {
        var s = Cases.channelMessage(channel, externalId, "JALAN_RUSAK", "Baiq Nurul", null, -8.58, 116.11, null);
        var accepted = intake.submit(s, origin);
        return new Cases.Case(accepted.ticket(), cases.instanceOf(accepted.ticket()));
    }

    private static String digits(int n) {
        var r = new Random();
        var b = new StringBuilder().append(1 + r.nextInt(9));
        while (b.length() < n) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    @Test
    void aFacebookCommenterGetsTheRatingCodeAsAPrivateReplyAndThePublicReplyNeverShowsIt() {
        String commentId = PAGE + "_" + digits(15);
        var c = submit(Channel.FACEBOOK, commentId, new ComplaintIntake.Origin(PAGE, digits(16)));
        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Tim Dinas PUPR menambal lubang di Jl. Adi Sucipto pekan ini.");
        cases.resolve(c, "Lubang sudah ditambal dan jalan kembali rata.");
        String code = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);
        assertThat(code).isNotBlank();

        var wiremock = TestPlatforms.get();
        // the code goes to the commenter's inbox, addressed by the comment (Meta's Private Replies), once
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> wiremock.verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/graph/me/messages"))
                                .withRequestBody(matchingJsonPath("$.recipient.comment_id", equalTo(commentId)))
                                .withRequestBody(matchingJsonPath("$.message.text", containing("kode " + code)))
                                .withRequestBody(
                                        matchingJsonPath("$.message.text", containing(c.ticket() + "?kode=" + code)))));
        // the public reply under the comment tells where the code went, and never carries it
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> wiremock.verify(
                        1,
                        postRequestedFor(urlEqualTo("/graph/" + commentId + "/comments"))
                                .withRequestBody(containing("Lubang sudah ditambal"))
                                .withRequestBody(containing("lewat pesan pribadi"))));
        wiremock.verify(
                0,
                postRequestedFor(urlEqualTo("/graph/" + commentId + "/comments"))
                        .withRequestBody(containing(code)));
        // with it the commenter rates the result
        assertThat(cases.rate(c, 5).status()).isEqualTo(202);
    }

    @Test
    void aFacebookCommentOlderThanSevenDaysGetsNoPrivateReplyAndNoPromiseOfOne() {
        String commentId = PAGE + "_" + digits(15);
        var c = submit(Channel.FACEBOOK, commentId, new ComplaintIntake.Origin(PAGE, digits(16)));
        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Tim Dinas PUPR menambal lubang di Jl. Adi Sucipto pekan ini.");
        // Meta takes a private reply within 7 days of the comment only
        jdbc.update(
                "UPDATE complaint SET created_at = ? WHERE ticket = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))),
                c.ticket());
        cases.resolve(c, "Jalan sudah diaspal ulang sepanjang dua ratus meter.");

        var wiremock = TestPlatforms.get();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> wiremock.verify(
                        1,
                        postRequestedFor(urlEqualTo("/graph/" + commentId + "/comments"))
                                .withRequestBody(containing("diaspal ulang"))));
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForObject(
                                "SELECT n.state FROM complainant_notice n JOIN complaint c ON c.id = n.complaint_id"
                                        + " WHERE c.ticket = ? AND n.kind = 'RESOLVED'",
                                String.class,
                                c.ticket()),
                        s -> s != null && !"PENDING".equals(s));
        wiremock.verify(
                0,
                postRequestedFor(urlPathEqualTo("/graph/me/messages"))
                        .withRequestBody(matchingJsonPath("$.recipient.comment_id", equalTo(commentId))));
        wiremock.verify(
                0,
                postRequestedFor(urlEqualTo("/graph/" + commentId + "/comments"))
                        .withRequestBody(containing("pesan pribadi")));
    }

    @Test
    void afterTheWhatsAppWindowTheResponseAndTheResolutionGoAsApprovedTemplatesNotAsFreeText() {
        String phone = "62819" + digits(8);
        var c = submit(Channel.WHATSAPP, "wamid." + digits(20), new ComplaintIntake.Origin(WHATSAPP_NUMBER_ID, phone));
        cases.triageValid(c, "JALAN_RUSAK");
        // two days later: the person's last message is older than WhatsApp's 24-hour window
        jdbc.update(
                "UPDATE complaint SET created_at = ? WHERE ticket = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(48))),
                c.ticket());
        cases.respond(c, "Tim Dinas PUPR menambal lubang di Jl. Adi Sucipto pekan ini.");

        var wiremock = TestPlatforms.get();
        String messages = "/graph/" + WHATSAPP_NUMBER_ID + "/messages";
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> wiremock.verify(
                        1,
                        postRequestedFor(urlEqualTo(messages))
                                .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                                .withRequestBody(matchingJsonPath("$.type", equalTo("template")))
                                .withRequestBody(matchingJsonPath("$.template.name", equalTo("tanggap_status_aduan")))
                                .withRequestBody(matchingJsonPath(
                                        "$.template.components[0].parameters[0].text", equalTo(c.ticket())))
                                .withRequestBody(matchingJsonPath(
                                        "$.template.components[0].parameters[1].text",
                                        equalTo("Sedang ditindaklanjuti")))));

        cases.resolve(c, "Lubang sudah ditambal dan jalan kembali rata.");
        String code = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> wiremock.verify(
                        1,
                        postRequestedFor(urlEqualTo(messages))
                                .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                                .withRequestBody(matchingJsonPath("$.template.name", equalTo("tanggap_aduan_selesai")))
                                .withRequestBody(matchingJsonPath(
                                        "$.template.components[0].parameters[0].text", equalTo(c.ticket())))
                                .withRequestBody(matchingJsonPath(
                                        "$.template.components[0].parameters[1].text", equalTo(code)))));
        // WhatsApp would refuse free text now: neither the response nor the resolution went as text
        wiremock.verify(
                0,
                postRequestedFor(urlEqualTo(messages))
                        .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                        .withRequestBody(matchingJsonPath("$.type", equalTo("text")))
                        .withRequestBody(matchingJsonPath("$.text.body", containing("Tanggapan "))));
        assertThat(cases.rate(c, 4).status()).isEqualTo(202);
    }
}
