package id.tanggap.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tanggap.devrun.DevMailText;
import id.tanggap.inbox.SocialWebhooks;
import id.tanggap.routing.Opds;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A place the complainant shares after the case was registered (a WhatsApp location message): in triage it becomes
 * the case's point and, by point in polygon over the operator's boundaries (the test run's one synthetic square in
 * Kabupaten Sumbawa), the region the routing table reads; after disposition the case is not re-routed: the point is
 * kept, the staff timeline names it, and the OPD's address gets one e-mail.
 */
class SharedLocationIT extends CaseScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double LAT = -8.49;
    private static final double LON = 117.42;

    @Autowired
    ChannelMedia media;

    @Autowired
    Opds opds;

    private byte[] whatsApp(
            String fixture, String phone, String messageId, java.util.function.Consumer<ObjectNode> edit)
            throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(TestPlatforms.fixture(fixture));
        ObjectNode value =
                (ObjectNode) root.path("entry").get(0).path("changes").get(0).path("value");
        ((ObjectNode) value.path("contacts").get(0)).put("wa_id", phone);
        ObjectNode message = (ObjectNode) value.path("messages").get(0);
        message.put("from", phone).put("id", messageId);
        edit.accept(message);
        return JSON.writeValueAsBytes(root);
    }

    private Cases.Case complaintBy(String phone) throws Exception {
        String ticket = SocialWebhooks.tickets(
                        jdbc,
                        SocialWebhooks.deliver(
                                api,
                                whatsApp("whatsapp-text-message.json", phone, "wamid." + UUID.randomUUID(), m -> {})))
                .getFirst();
        return new Cases.Case(ticket, cases.instanceOf(ticket));
    }

    /** The location message, sent from the complainant's number; delivered twice, as Meta does when unsure. */
    private void sharesLocation(String phone) throws Exception {
        byte[] location = whatsApp(
                "whatsapp-location-message.json",
                phone,
                "wamid." + UUID.randomUUID(),
                m -> ((ObjectNode) m.path("location"))
                        .put("latitude", LAT)
                        .put("longitude", LON)
                        .put("name", "Jembatan Brang Biji")
                        .put("address", "Sumbawa Besar"));
        assertThat(SocialWebhooks.deliver(api, location).status()).isEqualTo(200);
        assertThat(SocialWebhooks.deliver(api, location).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    media.sweep();
                    return jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM channel_media WHERE thread_id LIKE ? AND media_ref LIKE 'geo:%'"
                                            + " AND state = 'DONE'",
                                    Integer.class, "%" + phone)
                            == 1;
                });
    }

    private List<ComplaintRows.Event> staffNotes(Cases.Case c, String part) {
        return ComplaintRows.timeline(jdbc, c.ticket()).stream()
                .filter(e -> e.note() != null && e.note().contains(part))
                .toList();
    }

    private static String phone() {
        return "62818" + (10_000_000 + new Random().nextInt(89_999_999));
    }

    @Test
    void aPlaceSharedDuringTriageIsTheCasesPointAndTheRegionRoutingReads() throws Exception {
        String phone = phone();
        var c = complaintBy(phone);
        assertThat(ComplaintRows.value(jdbc, c.ticket(), "region", String.class))
                .isNotEqualTo("KAB_SUMBAWA");

        sharesLocation(phone);

        Map<String, Object> row = ComplaintRows.row(jdbc, c.ticket());
        assertThat(((Number) row.get("latitude")).doubleValue()).isEqualTo(LAT);
        assertThat(((Number) row.get("longitude")).doubleValue()).isEqualTo(LON);
        assertThat(row.get("region")).isEqualTo("KAB_SUMBAWA");
        assertThat(staffNotes(c, "membagikan titik lokasi")).singleElement().satisfies(e -> {
            assertThat(e.internal()).as("the exact place is for staff only").isTrue();
            assertThat(e.note()).contains("KAB_SUMBAWA");
        });
        assertThat(api.get("/api/complaints/" + c.ticket()).body()).doesNotContain("117.42");

        // Diskominfo verifies: the routing table reads the region of the shared point
        cases.triageValid(c, "JALAN_RUSAK");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> runtime.variables(c.instance()).get("opdCode") != null);
        assertThat(runtime.variables(c.instance()).get("region")).isEqualTo("KAB_SUMBAWA");
        assertThat(cases.mailCount(c, opds.emailOf("DPUPR").orElseThrow(), "membagikan titik lokasi"))
                .as("in triage there is no OPD to tell")
                .isZero();
    }

    @Test
    void aPlaceSharedAfterDispositionIsKeptAndToldToTheOpdButNeverReRoutesTheCase() throws Exception {
        String phone = phone();
        var c = complaintBy(phone);
        cases.triageValid(c, "JALAN_RUSAK");
        cases.awaitStatus(c, "DIDISPOSISI");
        String opd = (String) cases.row(c).get("opd_code");
        String region = (String) cases.row(c).get("region");
        Object processRegion = runtime.variables(c.instance()).get("region");
        assertThat(region).isNotEqualTo("KAB_SUMBAWA");

        sharesLocation(phone);

        Map<String, Object> row = ComplaintRows.row(jdbc, c.ticket());
        assertThat(((Number) row.get("latitude")).doubleValue())
                .as("the case had no point")
                .isEqualTo(LAT);
        assertThat(((Number) row.get("longitude")).doubleValue()).isEqualTo(LON);
        assertThat(row.get("region")).as("no automatic re-route").isEqualTo(region);
        assertThat(row.get("opd_code")).isEqualTo(opd);
        assertThat(row.get("status")).isEqualTo("DIDISPOSISI");
        assertThat(runtime.variables(c.instance()).get("region")).isEqualTo(processRegion);
        assertThat(cases.task(c, "Task_RespondToComplaint")).isNotNull();
        assertThat(staffNotes(c, "setelah disposisi")).singleElement().satisfies(e -> {
            assertThat(e.internal()).isTrue();
            assertThat(e.note()).contains("-8.49, 117.42").contains("tidak diubah otomatis");
        });

        String mailbox = opds.emailOf(opd).orElseThrow();
        MimeMessage mail = cases.mails(c, mailbox, "membagikan titik lokasi", 1).getFirst();
        assertThat(DevMailText.plainText(mail))
                .contains("-8.490000, 117.420000")
                .contains("KAB_SUMBAWA")
                .contains("Disposisi tidak diubah otomatis");
        // the redelivered location message told the OPD nothing twice
        media.sweep();
        assertThat(TestMail.to(mailbox).stream()
                        .map(TestMail::subjectOf)
                        .filter(Objects::nonNull)
                        .filter(s -> s.contains(c.ticket()) && s.contains("membagikan titik lokasi"))
                        .count())
                .isEqualTo(1);
    }
}
