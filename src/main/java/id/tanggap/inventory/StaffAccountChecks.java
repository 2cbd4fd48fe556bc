package id.tanggap.inventory;

import id.tanggap.channels.ChannelProperties;
import id.tanggap.channels.GraphApiClient;
import id.tanggap.channels.PlatformException;
import id.tanggap.channels.PublicPost;
import id.tanggap.channels.XApiClient;
import id.tanggap.hoax.HoaxWatch;
import id.tanggap.hoax.SeenPost;
import id.tanggap.notification.Mailer;
import id.tanggap.routing.Opds;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly check of an ASN/THL account in the inventory, where the platform allows it, with the
 * province's reader credentials: whether it still exists (Graph error 100 or 803, X's "Not Found
 * Error": it does not) and its posts of the last seven days (Facebook Pages, Instagram professional
 * accounts, X; personal Facebook profiles, private accounts, TikTok and YouTube cannot be read). Each
 * post read is shown to the hoax register. A platform that cannot be read this week leaves the
 * account "tidak terbaca", it does not fail the process.
 */
@Service
class StaffAccountChecks {

    /** What the check found. */
    enum State {
        AKTIF,
        TIDAK_AKTIF,
        TIDAK_ADA,
        TIDAK_TERBACA,
        TIDAK_DIPERIKSA
    }

    record Result(State state, boolean goneNoticeDue) {}

    private static final Logger log = LoggerFactory.getLogger(StaffAccountChecks.class);

    private final JdbcTemplate jdbc;
    private final StaffMemberRepository staff;
    private final GraphApiClient graph;
    private final XApiClient x;
    private final ChannelProperties channels;
    private final HoaxWatch hoaxes;
    private final Opds opds;
    private final Mailer mailer;
    private final TransactionTemplate tx;

    StaffAccountChecks(
            JdbcTemplate jdbc,
            StaffMemberRepository staff,
            GraphApiClient graph,
            XApiClient x,
            ChannelProperties channels,
            HoaxWatch hoaxes,
            Opds opds,
            Mailer mailer,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.graph = graph;
        this.x = x;
        this.channels = channels;
        this.hoaxes = hoaxes;
        this.opds = opds;
        this.mailer = mailer;
        this.tx = tx;
    }

    List<Long> all() {
        return jdbc.queryForList("SELECT id FROM staff_account ORDER BY id", Long.class);
    }

    Result check(long accountId, Instant now) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM staff_account WHERE id = ?", accountId);
        String platform = (String) row.get("platform");
        String handle = (String) row.get("handle");
        StaffMember member = staff.findById((String) row.get("staff_id")).orElseThrow();
        Instant since = now.minus(Duration.ofDays(7));
        State state;
        List<PublicPost> posts = List.of();
        try {
            Boolean exists = null;
            switch (platform) {
                case "X" -> {
                    if (present(channels.x().appBearerToken())) {
                        exists = x.userExists(handle, channels.x().appBearerToken());
                        if (Boolean.TRUE.equals(exists)) {
                            posts = x.searchRecent(
                                    "from:" + handle, since, channels.x().appBearerToken());
                        }
                    }
                }
                case "FACEBOOK" -> {
                    if (present(channels.meta().readerToken())) {
                        posts = graph.pagePosts(handle, since, channels.meta().readerToken());
                        exists = true;
                    }
                }
                case "INSTAGRAM" -> {
                    if (present(channels.meta().readerToken())
                            && present(channels.meta().instagramReaderId())) {
                        posts = graph.instagramMediaOf(
                                channels.meta().instagramReaderId(),
                                handle,
                                since,
                                channels.meta().readerToken());
                        exists = true;
                    }
                }
                default -> {}
            }
            state = exists == null
                    ? ("X".equals(platform) && present(channels.x().appBearerToken())
                            ? State.TIDAK_TERBACA
                            : State.TIDAK_DIPERIKSA)
                    : !exists ? State.TIDAK_ADA : posts.isEmpty() ? State.TIDAK_AKTIF : State.AKTIF;
        } catch (PlatformException e) {
            boolean gone = !"X".equals(platform) && (e.code() == 100 || e.code() == 803);
            state = gone ? State.TIDAK_ADA : State.TIDAK_TERBACA;
            log.info("staff account {} on {}: {}", accountId, platform, gone ? "gone" : "not readable");
        }
        Instant lastPost =
                posts.stream().map(PublicPost::postedAt).max(Instant::compareTo).orElse(null);
        for (PublicPost p : posts) {
            hoaxes.postSeen(new SeenPost(
                    platform,
                    p.id(),
                    p.permalink(),
                    p.text(),
                    p.links(),
                    member.getStaffId(),
                    member.getName(),
                    member.getEmail(),
                    member.getOpdCode()));
        }
        State found = state;
        int count = posts.size();
        jdbc.update(
                "UPDATE staff_account SET check_state = ?, checked_at = ?, posts_last_7_days = ?,"
                        + " last_post_at = COALESCE(?, last_post_at),"
                        + " gone_notified_at = CASE WHEN ? THEN gone_notified_at ELSE NULL END WHERE id = ?",
                found.name(),
                Timestamp.from(now),
                count,
                lastPost == null ? null : Timestamp.from(lastPost),
                found == State.TIDAK_ADA || found == State.TIDAK_TERBACA || found == State.TIDAK_DIPERIKSA,
                accountId);
        boolean due = found == State.TIDAK_ADA
                && jdbc.queryForObject(
                                "SELECT COUNT(*) FROM staff_account WHERE id = ? AND gone_notified_at IS NULL",
                                Integer.class,
                                accountId)
                        > 0;
        return new Result(found, due);
    }

    /** Tells the account's OPD once that the account no longer exists; @return false when it was told before. */
    boolean tellOpdGone(long accountId, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (jdbc.update(
                            "UPDATE staff_account SET gone_notified_at = ? WHERE id = ? AND gone_notified_at IS NULL",
                            Timestamp.from(now),
                            accountId)
                    == 0) {
                return false;
            }
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM staff_account WHERE id = ?", accountId);
            StaffMember member = staff.findById((String) row.get("staff_id")).orElseThrow();
            String to = opds.emailOf(member.getOpdCode()).orElse(null);
            if (to == null) {
                return false;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("opdName", opds.nameOf(member.getOpdCode()));
            model.put("staffName", member.getName());
            model.put("staffId", member.getStaffId());
            model.put("platform", row.get("platform"));
            model.put("handle", row.get("handle"));
            mailer.sendOnce(
                    "staffAccountGone:" + accountId + ":" + now.toEpochMilli(),
                    null,
                    to,
                    "[Tanggap] Akun " + row.get("platform") + " " + row.get("handle") + " pegawai tidak ditemukan lagi",
                    "staff-account-gone",
                    model);
            return true;
        }));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
