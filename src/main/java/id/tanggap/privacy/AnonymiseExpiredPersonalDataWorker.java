package id.tanggap.privacy;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code anonymiseExpiredPersonalData}, the daily job of bpmn/personal-data-retention.bpmn: erases the
 * photos of cases closed longer ago than {@code tanggap.retention.photos} and the personal data of cases
 * closed longer ago than {@code tanggap.retention.personal-data}, and the sender and text of social-media
 * interactions that never became a case and arrived longer ago than {@code
 * tanggap.retention.social-interactions} (or whose case was erased), and the staff member and post of hoax
 * alerts older than {@code tanggap.retention.personal-data}. A case's photos include the OPD's evidence photos
 * ({@code evidence_photo}, files and rows). The engine's timer starts one instance
 * a day whatever the number of application instances, so the job runs once. Idempotent: an erased case
 * is marked and never selected again; batches commit one by one, so a retried job continues where the
 * last one stopped. One audit row per run that erased something.
 */
@Component
public class AnonymiseExpiredPersonalDataWorker {

    static final int BATCH = 200;
    private static final String CLOSED = "status IN ('DITUTUP', 'DITERUSKAN', 'HOAKS') AND closed_at IS NOT NULL";

    private final JdbcTemplate jdbc;
    private final CaseAnonymiser anonymiser;
    private final InteractionAnonymiser interactions;
    private final TransactionTemplate tx;
    private final AuditTrail trail;
    private final RetentionProperties retention;
    private final TanggapProperties properties;
    private final Clock clock;

    AnonymiseExpiredPersonalDataWorker(
            JdbcTemplate jdbc,
            CaseAnonymiser anonymiser,
            InteractionAnonymiser interactions,
            TransactionTemplate tx,
            AuditTrail trail,
            RetentionProperties retention,
            TanggapProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.anonymiser = anonymiser;
        this.interactions = interactions;
        this.tx = tx;
        this.trail = trail;
        this.retention = retention;
        this.properties = properties;
        this.clock = clock;
    }

    @JobWorker(type = "anonymiseExpiredPersonalData")
    public Map<String, Object> anonymiseExpiredPersonalData() {
        Instant now = clock.instant();
        int photos = run("photos_erased_at", cutoff(now, retention.photos()), id -> anonymiser.erasePhotos(id, now));
        int cases = run(
                "personal_data_erased_at",
                cutoff(now, retention.personalData()),
                id -> anonymiser.erasePersonalData(id, now));
        // after the cases: an interaction whose case was erased just now follows it in the same run
        int social = eraseInteractions(cutoff(now, retention.socialInteractions()), now);
        int alerts = eraseHoaxAlerts(cutoff(now, retention.personalData()));
        if (photos + cases + social + alerts > 0) {
            trail.record(
                    "sistem",
                    "",
                    AuditAction.PERSONAL_DATA_ERASED,
                    "retensi",
                    "masa simpan habis: data pribadi " + cases + " aduan dihapus, foto " + photos
                            + " aduan dihapus, pengirim dan teks " + social + " interaksi media sosial dihapus,"
                            + " pegawai dan unggahan " + alerts + " peringatan hoaks dihapus",
                    null);
        }
        return Map.of(
                "erasedCases", cases, "erasedPhotos", photos, "erasedInteractions", social, "erasedHoaxAlerts", alerts);
    }

    /**
     * The hoax register's alerts ({@code hoax_alert}) name a staff member and their post: after the personal-data
     * period from the alert, the staff id, the post's id and link go; the alert stays counted per hoax entry and
     * platform. The post id becomes {@code anonim:<id>} (unique per platform, and never a real post's id).
     */
    private int eraseHoaxAlerts(Instant alertedBefore) {
        int total = 0;
        while (true) {
            Integer done = tx.execute(status -> {
                List<Long> ids = jdbc.queryForList(
                        "SELECT id FROM hoax_alert WHERE alerted_at < ? AND staff_id <> 'anonim' ORDER BY id LIMIT "
                                + BATCH,
                        Long.class,
                        Timestamp.from(alertedBefore));
                int n = 0;
                for (long id : ids) {
                    n += jdbc.update(
                            "UPDATE hoax_alert SET staff_id = 'anonim', post_url = NULL, post_id = CONCAT('anonim:', id)"
                                    + " WHERE id = ? AND staff_id <> 'anonim'",
                            id);
                }
                return ids.isEmpty() ? -1 : n;
            });
            if (done == null || done < 0) {
                return total;
            }
            total += done;
        }
    }

    private int eraseInteractions(Instant receivedBefore, Instant now) {
        int total = 0;
        while (true) {
            Integer done = tx.execute(status -> {
                List<Long> ids = interactions.due(receivedBefore, BATCH);
                int n = 0;
                for (long id : ids) {
                    n += interactions.erase(id, now) ? 1 : 0;
                }
                return ids.isEmpty() ? -1 : n;
            });
            if (done == null || done < 0) {
                return total;
            }
            total += done;
        }
    }

    private interface Eraser {
        boolean erase(long complaintId);
    }

    private int run(String markColumn, Instant cutoff, Eraser eraser) {
        int total = 0;
        while (true) {
            Integer done = tx.execute(status -> {
                List<Long> ids = jdbc.queryForList(
                        "SELECT id FROM complaint WHERE " + CLOSED + " AND closed_at < ? AND " + markColumn
                                + " IS NULL ORDER BY id LIMIT " + BATCH,
                        Long.class,
                        Timestamp.from(cutoff));
                int n = 0;
                for (long id : ids) {
                    n += eraser.erase(id) ? 1 : 0;
                }
                return ids.isEmpty() ? -1 : n;
            });
            if (done == null || done < 0) {
                return total;
            }
            total += done;
        }
    }

    /** The period counted back in the region's calendar (years and months are calendar units, not fixed seconds). */
    private Instant cutoff(Instant now, Period period) {
        return ZonedDateTime.ofInstant(now, properties.zone()).minus(period).toInstant();
    }
}
