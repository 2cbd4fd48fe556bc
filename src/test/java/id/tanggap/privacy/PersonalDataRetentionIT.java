package id.tanggap.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import id.tanggap.reporting.ReportCompiler;
import id.tanggap.reporting.ReportFigures;
import id.tanggap.shared.PersonalDataCipher;
import id.tanggap.shared.TanggapProperties;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention (UU 27/2022): the nightly process erases the reporter's personal data of cases closed
 * longer ago than tanggap.retention.personal-data (P2Y) and the photos of cases closed longer ago than
 * tanggap.retention.photos (P1Y); younger cases keep theirs; the case, its timeline, the governor's
 * report figures and the dashboard stay exactly as they were. The cases are moved into the past by their
 * dates in the database (the application clock is the wall clock); the engine clock is moved a day so
 * that the process's own timer starts the job.
 */
class PersonalDataRetentionIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportCompiler compiler;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    TanggapProperties properties;

    private String submit(String name, String email) {
        var r = new Api(port)
                .post(
                        "/api/complaints",
                        Api.complaint("WEB", null, "JALAN_RUSAK", name, email, false, -8.58331234, 116.11671234, null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String ticket = r.json().get("ticket").asText();
        // registerComplaint saves the case, and would write back the dates and status closedAgo below sets
        ComplaintRows.awaitRegistered(jdbc, ticket);
        return ticket;
    }

    /** The case as it looks years later: created and closed then, handled by Dinas PUPR in Kota Mataram. */
    private void closedAgo(String ticket, ZonedDateTime created, ZonedDateTime closed) {
        jdbc.update(
                "UPDATE complaint SET status = 'DITUTUP', close_reason = 'RESOLVED', opd_code = 'DPUPR', region = 'Kota Mataram',"
                        + " created_at = ?, updated_at = ?, closed_at = ?, first_response_at = ?, rating = 4 WHERE ticket = ?",
                Timestamp.from(created.toInstant()),
                Timestamp.from(closed.toInstant()),
                Timestamp.from(closed.toInstant()),
                Timestamp.from(created.plusHours(5).toInstant()),
                ticket);
    }

    private Map<String, Object> row(String ticket) {
        return ComplaintRows.row(jdbc, ticket);
    }

    private List<String> photos(String ticket) {
        return ComplaintRows.attachmentUrls(jdbc, ticket);
    }

    private int timeline(String ticket) {
        return ComplaintRows.events(jdbc, ticket);
    }

    private String dashboard(LocalDate from, LocalDate to) {
        var r = new Api(port).get("/dashboard?from=" + from + "&to=" + to, "sekda", "tanggap");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        // the CSRF token of the page changes per request; the figures must not
        return r.body().replaceAll("name=\"_csrf\"[^>]*", "");
    }

    @Autowired
    AnonymiseExpiredPersonalDataWorker retentionJob;

    /** An evidence photo of the OPD, as /bukti stores it: the file in the upload folder and its row. */
    private Path evidence(String ticket, String fileName) throws Exception {
        Path uploads = Path.of(properties.uploadDir()).toAbsolutePath();
        Files.createDirectories(uploads);
        Path file = uploads.resolve(fileName);
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        jdbc.update(
                "INSERT INTO evidence_photo (complaint_id, file_name, caption, opd_code, uploaded_by, people_checked,"
                        + " uploaded_at) SELECT id, ?, 'Jalan sudah ditambal', 'DPUPR', 'pupr', TRUE, closed_at"
                        + " FROM complaint WHERE ticket = ?",
                fileName,
                ticket);
        return file;
    }

    private int evidenceRows(String ticket) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM evidence_photo e JOIN complaint c ON c.id = e.complaint_id WHERE c.ticket = ?",
                Integer.class,
                ticket);
    }

    @Test
    void hoaxAlertsLoseTheStaffMemberAndThePostAfterThePersonalDataPeriodYoungerOnesKeepThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ZonedDateTime now = ZonedDateTime.now(properties.zone());
        jdbc.update(
                "INSERT INTO hoax_entry (kind, match_key, address, verdict, clarification_url, created_by, created_at)"
                        + " VALUES ('URL', ?, ?, 'HOAKS', 'https://ntbprov.go.id/klarifikasi', 'diskominfo', ?)",
                "hoaks.example/" + tag,
                "https://hoaks.example/" + tag,
                Timestamp.from(now.minusYears(3).toInstant()));
        long entry = jdbc.queryForObject(
                "SELECT id FROM hoax_entry WHERE match_key = ?", Long.class, "hoaks.example/" + tag);
        String insert = "INSERT INTO hoax_alert (platform, post_id, hoax_id, staff_id, post_url, alerted_at)"
                + " VALUES ('FACEBOOK', ?, ?, ?, ?, ?)";
        jdbc.update(
                insert,
                "old-" + tag,
                entry,
                "1980" + tag.hashCode(),
                "https://facebook.com/p/old-" + tag,
                Timestamp.from(now.minusYears(3).toInstant()));
        jdbc.update(
                insert,
                "new-" + tag,
                entry,
                "1990" + tag.hashCode(),
                "https://facebook.com/p/new-" + tag,
                Timestamp.from(now.minusMonths(3).toInstant()));

        var result = retentionJob.anonymiseExpiredPersonalData();

        assertThat(((Number) result.get("erasedHoaxAlerts")).intValue()).isGreaterThanOrEqualTo(1);
        List<Map<String, Object>> alerts =
                jdbc.queryForList("SELECT * FROM hoax_alert WHERE hoax_id = ? ORDER BY alerted_at", entry);
        assertThat(alerts).hasSize(2);
        Map<String, Object> old = alerts.get(0);
        assertThat(old.get("staff_id")).isEqualTo("anonim");
        assertThat(old.get("post_url")).isNull();
        assertThat((String) old.get("post_id")).isEqualTo("anonim:" + old.get("id"));
        Map<String, Object> young = alerts.get(1);
        assertThat(young.get("staff_id")).isEqualTo("1990" + tag.hashCode());
        assertThat(young.get("post_url")).isEqualTo("https://facebook.com/p/new-" + tag);
        assertThat(young.get("post_id")).isEqualTo("new-" + tag);
        assertThat(jdbc.queryForList("SELECT * FROM hoax_alert").toString()).doesNotContain("old-" + tag);

        // a second run changes nothing more of them
        retentionJob.anonymiseExpiredPersonalData();
        assertThat(jdbc.queryForList("SELECT * FROM hoax_alert WHERE hoax_id = ? ORDER BY alerted_at", entry))
                .isEqualTo(alerts);
    }

    /** A social-media interaction as the inbox stores it, received {@code receivedAt}. */
    private long interaction(String messageId, String sender, String text, Instant receivedAt, Long complaintId) {
        jdbc.update(
                "INSERT INTO social_interaction (platform, platform_message_id, channel, account_id, sender_id, sender_name,"
                        + " sender_key, body, media_refs, thread_id, direct_message, received_at, class_code, confidence, state,"
                        + " complaint_id) VALUES ('FACEBOOK', ?, 'FACEBOOK', '104857600000001', ?, ?, 'kunci', ?,"
                        + " 'https://cdn.example/foto.jpg', '104857600000001_1', false, ?, ?, 0.9, ?, ?)",
                messageId,
                cipher.encrypt("7" + messageId.hashCode()),
                cipher.encrypt(sender),
                text,
                Timestamp.from(receivedAt),
                complaintId == null ? "INFORMASI" : "ADUAN",
                complaintId == null ? "ARSIP" : "KASUS",
                complaintId);
        return jdbc.queryForObject(
                "SELECT id FROM social_interaction WHERE platform_message_id = ?", Long.class, messageId);
    }

    @Test
    void socialInteractionsThatNeverBecameCasesLoseSenderAndTextAfterAYearThoseOfOpenCasesKeepThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ZonedDateTime local = ZonedDateTime.now(properties.zone());
        long old = interaction(
                "old-" + tag,
                "Baiq Lama " + tag,
                "Mantap pak gub! " + tag,
                local.minusMonths(13).toInstant(),
                null);
        long recent = interaction(
                "new-" + tag,
                "Baiq Baru " + tag,
                "Mantap pak gub! " + tag,
                local.minusMonths(11).toInstant(),
                null);
        String open = submit("Lalu Terbuka " + tag, "terbuka-" + tag + "@contoh.id");
        long openId = ComplaintRows.id(jdbc, open);
        long ofOpenCase = interaction(
                "open-" + tag,
                "Lalu Terbuka " + tag,
                "Jalan rusak parah pak " + tag,
                local.minusMonths(30).toInstant(),
                openId);
        String erased = submit("Lalu Tutup " + tag, "tutup-" + tag + "@contoh.id");
        ZonedDateTime threeYearsAgo = local.minusYears(3);
        closedAgo(erased, threeYearsAgo, threeYearsAgo.plusDays(5));
        long erasedId = ComplaintRows.id(jdbc, erased);
        long ofErasedCase = interaction(
                "closed-" + tag, "Lalu Tutup " + tag, "Lampu mati pak " + tag, threeYearsAgo.toInstant(), erasedId);
        long versionBefore =
                jdbc.queryForObject("SELECT version FROM social_interaction WHERE id = ?", Long.class, old);

        var result = retentionJob.anonymiseExpiredPersonalData();
        assertThat(((Number) result.get("erasedInteractions")).intValue()).isGreaterThanOrEqualTo(2);

        for (long id : List.of(old, ofErasedCase)) {
            Map<String, Object> r = jdbc.queryForMap("SELECT * FROM social_interaction WHERE id = ?", id);
            assertThat(r.get("sender_name")).as("interaction %s", id).isNull();
            assertThat(r.get("sender_id")).isNull();
            assertThat(r.get("sender_key")).isNull();
            assertThat(r.get("body")).isEqualTo("");
            assertThat(r.get("media_refs")).isNull();
            assertThat(r.get("thread_id")).isNull();
            assertThat((String) r.get("platform_message_id")).isEqualTo("anonim:" + id);
            assertThat(r.get("personal_data_erased_at")).isNotNull();
            // what the report counts stays
            assertThat(r.get("class_code")).isIn("INFORMASI", "ADUAN");
            assertThat(r.get("received_at")).isNotNull();
        }
        assertThat(jdbc.queryForObject("SELECT version FROM social_interaction WHERE id = ?", Long.class, old))
                .as("a copy the inbox still holds cannot write the erased values back")
                .isGreaterThan(versionBefore);
        for (long id : List.of(recent, ofOpenCase)) {
            Map<String, Object> r = jdbc.queryForMap("SELECT * FROM social_interaction WHERE id = ?", id);
            assertThat(cipher.decrypt((String) r.get("sender_name")))
                    .as("interaction %s", id)
                    .contains(tag);
            assertThat((String) r.get("body")).contains(tag);
            assertThat(r.get("personal_data_erased_at")).isNull();
        }
        // a second run finds nothing more of these
        retentionJob.anonymiseExpiredPersonalData();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM social_interaction WHERE personal_data_erased_at IS NOT NULL AND id IN (?, ?, ?, ?)",
                        Integer.class,
                        old,
                        recent,
                        ofOpenCase,
                        ofErasedCase))
                .isEqualTo(2);
    }

    @Test
    void expiredPersonalDataAndPhotosAreErasedYoungerCasesKeepThemAndNoFigureChanges() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ZonedDateTime now = ZonedDateTime.now(properties.zone());
        String old = submit("Baiq Lama " + tag, "lama-" + tag + "@contoh.id");
        String older = submit("Lalu Lama " + tag, "lama2-" + tag + "@contoh.id");
        String middle = submit("Baiq Tengah " + tag, "tengah-" + tag + "@contoh.id");
        String young = submit("Baiq Muda " + tag, "muda-" + tag + "@contoh.id");
        ZonedDateTime threeYearsAgo = now.minusYears(3).withHour(10);
        closedAgo(old, threeYearsAgo, threeYearsAgo.plusDays(5));
        closedAgo(older, threeYearsAgo.plusDays(1), threeYearsAgo.plusDays(9));
        closedAgo(middle, now.minusMonths(19), now.minusMonths(18));
        closedAgo(young, now.minusDays(40), now.minusDays(30));

        // an uploaded photo of the old case, as the web form stores it
        Path uploads = Path.of(properties.uploadDir()).toAbsolutePath();
        Files.createDirectories(uploads);
        Path photo = uploads.resolve("retensi-" + tag + ".jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        jdbc.update(
                "INSERT INTO complaint_attachment (complaint_id, position_no, url) SELECT id, 2, ? FROM complaint WHERE ticket = ?",
                properties.publicBaseUrl() + "/lampiran/retensi-" + tag + ".jpg",
                old);
        // the OPD's evidence photos of the resolution (/bukti): the middle case's are older than a year, the young
        // case's are not
        Path middleEvidence = evidence(middle, "bukti-" + tag + "-tengah.jpg");
        Path youngEvidence = evidence(young, "bukti-" + tag + "-muda.jpg");
        int oldTimeline = timeline(old);

        LocalDate from = threeYearsAgo.toLocalDate().minusDays(3);
        LocalDate to = threeYearsAgo.toLocalDate().plusDays(20);
        LocalDate middleFrom = now.minusMonths(19).toLocalDate().minusDays(3);
        LocalDate middleTo = now.minusMonths(19).toLocalDate().plusDays(3);
        ReportFigures reportBefore = compiler.compile(from, to);
        ReportFigures middleBefore = compiler.compile(middleFrom, middleTo);
        assertThat(reportBefore.received())
                .as("the old cases are in the period")
                .isGreaterThanOrEqualTo(2);
        String dashboardBefore = dashboard(from, to);
        String middleDashboardBefore = dashboard(middleFrom, middleTo);
        assertThat(dashboardBefore).contains("Kota Mataram");

        List<Long> runs = ENGINE.processInstances("personal-data-retention");
        runtime.increaseTime(Duration.ofDays(1));
        long run = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> ENGINE.processInstances("personal-data-retention").stream()
                                .filter(k -> !runs.contains(k))
                                .findFirst()
                                .orElse(-1L),
                        k -> k > 0);
        runtime.awaitCompletedThrough(
                run, "StartEvent_Nightly", "Task_AnonymiseExpiredPersonalData", "EndEvent_Anonymised");

        for (String ticket : List.of(old, older)) {
            Map<String, Object> r = row(ticket);
            assertThat(r.get("reporter_name")).as(ticket).isNull();
            assertThat(r.get("reporter_contact")).isNull();
            assertThat(r.get("address")).isNull();
            assertThat(r.get("channel_sender_id")).isNull();
            assertThat(r.get("thread_id")).isNull();
            assertThat((String) r.get("external_id")).isEqualTo("anonim:" + ticket);
            assertThat(((Number) r.get("latitude")).doubleValue()).isCloseTo(-8.58, within(1e-9));
            assertThat(((Number) r.get("longitude")).doubleValue()).isCloseTo(116.12, within(1e-9));
            assertThat(r.get("personal_data_erased_at")).isNotNull();
            assertThat(r.get("status")).isEqualTo("DITUTUP");
            assertThat(r.get("body").toString()).contains("Pasar Kebon Roek");
            assertThat(photos(ticket)).isEmpty();
        }
        assertThat(photo).as("the uploaded file is deleted").doesNotExist();
        assertThat(timeline(old)).as("the timeline stays").isEqualTo(oldTimeline);

        Map<String, Object> m = row(middle);
        assertThat(photos(middle)).as("photos older than a year are gone").isEmpty();
        assertThat(middleEvidence)
                .as("the OPD's evidence photo goes with the case's photos")
                .doesNotExist();
        assertThat(evidenceRows(middle)).isZero();
        assertThat(youngEvidence).as("a younger case keeps its evidence").exists();
        assertThat(evidenceRows(young)).isEqualTo(1);
        assertThat(cipher.decrypt((String) m.get("reporter_name"))).isEqualTo("Baiq Tengah " + tag);
        assertThat(m.get("address")).isNotNull();

        Map<String, Object> y = row(young);
        assertThat(cipher.decrypt((String) y.get("reporter_name"))).isEqualTo("Baiq Muda " + tag);
        assertThat(cipher.decrypt((String) y.get("reporter_contact"))).isEqualTo("muda-" + tag + "@contoh.id");
        assertThat(y.get("address")).isNotNull();
        assertThat(((Number) y.get("latitude")).doubleValue()).isCloseTo(-8.58331234, within(1e-9));
        assertThat(photos(young)).hasSize(2);
        assertThat(y.get("personal_data_erased_at")).isNull();

        assertThat(compiler.compile(from, to)).isEqualTo(reportBefore);
        assertThat(compiler.compile(middleFrom, middleTo)).isEqualTo(middleBefore);
        assertThat(dashboard(from, to)).isEqualTo(dashboardBefore);
        assertThat(dashboard(middleFrom, middleTo)).isEqualTo(middleDashboardBefore);

        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT * FROM audit_log WHERE action = 'PERSONAL_DATA_ERASED' AND actor = 'sistem' AND at > ?",
                Timestamp.from(Instant.now().minusSeconds(300)));
        assertThat(audit).isNotEmpty();
        assertThat(audit.toString()).doesNotContain(tag);

        // a second run finds nothing more to erase and changes nothing
        Object erasedAt = row(old).get("personal_data_erased_at");
        List<Long> before = ENGINE.processInstances("personal-data-retention");
        runtime.increaseTime(Duration.ofDays(1));
        long second = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> ENGINE.processInstances("personal-data-retention").stream()
                                .filter(k -> !before.contains(k))
                                .findFirst()
                                .orElse(-1L),
                        k -> k > 0);
        runtime.awaitCompletedThrough(second, "Task_AnonymiseExpiredPersonalData", "EndEvent_Anonymised");
        assertThat(row(old).get("personal_data_erased_at")).isEqualTo(erasedAt);
        assertThat(cipher.decrypt((String) row(young).get("reporter_name"))).isEqualTo("Baiq Muda " + tag);
    }
}
