package id.tanggap.privacy;

import id.tanggap.shared.TanggapProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the personal data of one case, keeping the case, its timeline and everything the figures
 * count (status, OPD, category, region, dates, ratings). Personal data: the reporter's name and contact,
 * the typed address, the exact coordinates (rounded to two decimals, about a kilometre, so the area
 * stays), the platform's message, thread and sender ids, the photos (links and uploaded files, the
 * complainant's and the OPD's evidence of the resolution) and the addresses and texts of e-mails sent about the case. Works on the tables directly (the case is
 * the complaint module's entity, but erasure must reach columns the entity never changes); every update
 * raises the row version, so a worker holding an older copy of the case fails and retries instead of
 * writing the erased values back.
 */
@Component
class CaseAnonymiser {

    private static final Logger log = LoggerFactory.getLogger(CaseAnonymiser.class);
    private static final Pattern UPLOADED = Pattern.compile("/lampiran/([A-Za-z0-9_-]+\\.[a-z]{3,4})$");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-]+\\.[a-z]{3,4}");

    private final JdbcTemplate jdbc;
    private final Path uploads;

    CaseAnonymiser(JdbcTemplate jdbc, TanggapProperties properties) {
        this.jdbc = jdbc;
        this.uploads = Path.of(properties.uploadDir()).toAbsolutePath();
    }

    /** Erases name, contact, exact place, message ids, e-mail traces and photos; false if already erased. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean erasePersonalData(long complaintId, Instant now) {
        erasePhotos(complaintId, now);
        int changed = jdbc.update(
                "UPDATE complaint SET reporter_name = NULL, reporter_contact = NULL, address = NULL,"
                        + " latitude = ROUND(latitude, 2), longitude = ROUND(longitude, 2),"
                        + " external_id = CONCAT('anonim:', ticket), thread_id = NULL, channel_sender_id = NULL,"
                        + " personal_data_erased_at = ?, version = version + 1"
                        + " WHERE id = ? AND personal_data_erased_at IS NULL",
                Timestamp.from(now),
                complaintId);
        // e-mails already sent about the case: who received them and what they said (queued ones are left to send).
        // By primary key, and only rows already sent: a scan with a locking UPDATE would lock the e-mails the mailer
        // is sending right now (all of the log without the index), and its "sent" update would wait or deadlock.
        List<Long> sent = jdbc.queryForList(
                "SELECT id FROM notification_log WHERE complaint_id = ? AND status = 'SENT' AND recipient <> 'anonim' ORDER BY id",
                Long.class,
                complaintId);
        for (long id : sent) {
            jdbc.update(
                    "UPDATE notification_log SET recipient = 'anonim', content = NULL WHERE id = ? AND status = 'SENT'",
                    id);
        }
        return changed == 1;
    }

    /** Removes the photo links of the case and deletes its uploaded photo files; false if already done. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean erasePhotos(long complaintId, Instant now) {
        int changed = jdbc.update(
                "UPDATE complaint SET photos_erased_at = ?, version = version + 1 WHERE id = ? AND photos_erased_at IS NULL",
                Timestamp.from(now),
                complaintId);
        if (changed == 0) {
            return false;
        }
        List<String> urls = jdbc.queryForList(
                "SELECT url FROM complaint_attachment WHERE complaint_id = ?", String.class, complaintId);
        jdbc.update("DELETE FROM complaint_attachment WHERE complaint_id = ?", complaintId);
        for (String url : urls) {
            Matcher m = UPLOADED.matcher(url);
            if (m.find()) {
                delete(complaintId, m.group(1));
            }
        }
        // the OPD's evidence of the resolution (evidence module, /bukti): people and places in it as much as in the
        // complainant's photos, so on the same schedule; the timeline keeps that evidence was given
        List<String> evidence = jdbc.queryForList(
                "SELECT file_name FROM evidence_photo WHERE complaint_id = ?", String.class, complaintId);
        jdbc.update("DELETE FROM evidence_photo WHERE complaint_id = ?", complaintId);
        evidence.forEach(name -> delete(complaintId, name));
        return true;
    }

    private void delete(long complaintId, String fileName) {
        if (!SAFE_NAME.matcher(fileName).matches()) {
            return; // never a path outside the upload folder
        }
        try {
            // a file whose deletion fails stays unlinked; the operator sees the warning
            Files.deleteIfExists(uploads.resolve(fileName));
        } catch (IOException e) {
            log.warn("cannot delete an expired photo of case {}: {}", complaintId, e.getMessage());
        }
    }
}
