package id.tanggap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.PublicChange;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.shared.Channel;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * A complainant's notice whose event listener failed (seen under load: the connection pool was exhausted and the
 * asynchronous listener threw) is not lost until the next restart: the incomplete publication is handed over again
 * by {@link EventPublicationRetry} and the complainant gets the notice once.
 */
class EventPublicationRetryIT extends CaseScenarioTest {

    /** Spring's default id of a method listener, which Modulith stores with each publication. */
    private static final String NOTICE_LISTENER =
            "id.tanggap.complainantnotice.ComplainantNotices.on(id.tanggap.complaint.PublicChange)";

    @Autowired
    ComplaintIntake intake;

    @Autowired
    EventSerializer serializer;

    @Autowired
    EventPublicationRetry retry;

    @Test
    void aDispositionWhoseListenerFailedIsSentOnceWhenTheIncompletePublicationIsRetried() throws Exception {
        String reporter = "lalu." + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
        var s = Cases.channelMessage(
                Channel.EMAIL,
                "email-" + UUID.randomUUID(),
                "JALAN_RUSAK",
                "Lalu Ahmad",
                reporter,
                -8.58,
                116.11,
                null);
        var accepted = intake.submit(s, null);
        var c = new Cases.Case(accepted.ticket(), cases.instanceOf(accepted.ticket()));
        cases.mails(c, reporter, "Aduan Anda diterima", 1);

        // the disposition of the case as if its listener had failed: the change is on the timeline, its publication
        // still incomplete and older than the retry's age limit, no notice recorded and nothing sent
        long complaintId = jdbc.queryForObject("SELECT id FROM complaint WHERE ticket = ?", Long.class, c.ticket());
        PublicChange lost = new PublicChange(
                complaintId,
                c.ticket(),
                "recordDisposition:" + UUID.randomUUID(),
                ComplaintStatus.DIDISPOSISI,
                "Diskominfotik",
                "Diteruskan ke Dinas Pekerjaan Umum dan Penataan Ruang",
                Instant.now().minus(Duration.ofMinutes(10)));
        jdbc.update(
                "INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE)"
                        + " VALUES (?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(),
                NOTICE_LISTENER,
                PublicChange.class.getName(),
                serializer.serialize(lost).toString(),
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))));
        assertThat(cases.mailCount(c, reporter, "Didisposisikan ke OPD")).isZero();

        retry.retry();

        cases.mails(c, reporter, "Didisposisikan ke OPD", 1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM complainant_notice WHERE complaint_id = ? AND kind = 'DISPOSITION'",
                        Integer.class,
                        complaintId))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE LISTENER_ID = ? AND COMPLETION_DATE IS NULL"
                                        + " AND PUBLICATION_DATE < ?",
                                Integer.class,
                                NOTICE_LISTENER,
                                Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))))
                        == 0);

        // a second retry finds nothing outstanding and sends nothing more
        retry.retry();
        Thread.sleep(1500);
        assertThat(cases.mailCount(c, reporter, "Didisposisikan ke OPD")).isEqualTo(1);
        assertThat(cases.mailCount(c, reporter, "Aduan Anda diterima")).isEqualTo(1);
    }
}
