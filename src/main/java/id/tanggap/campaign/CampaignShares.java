package id.tanggap.campaign;

import id.tanggap.channels.PlatformException;
import id.tanggap.channels.PublicPost;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts shares of a campaign's content. A submitted URL counts when it is a public post of one of
 * that person's accounts registered in the inventory, carries the content link and was posted in
 * the campaign window; the same post counts once, however often it is submitted or detected.
 */
@Service
class CampaignShares {

    /** COUNTED: a new share; ALREADY_COUNTED: this person's post was counted before. */
    public enum Outcome {
        COUNTED,
        ALREADY_COUNTED
    }

    public record Counted(Outcome outcome, String platform, String postId, String postUrl) {}

    private static final Logger log = LoggerFactory.getLogger(CampaignShares.class);

    private final CampaignRepository campaigns;
    private final SharedPostReader reader;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CampaignShares(CampaignRepository campaigns, SharedPostReader reader, JdbcTemplate jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.reader = reader;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A share a staff member (or their OPD) submits by URL, through the form or the API. */
    public Counted submit(long campaignId, String staffId, String url, String source) {
        Campaign c = campaigns
                .findById(campaignId)
                .orElseThrow(() -> new NotFoundException("Tidak ada kampanye " + campaignId));
        String opd = opdOfParticipant(campaignId, staffId);
        if (opd == null) {
            throw new NotFoundException("Pegawai " + staffId + " tidak termasuk sasaran kampanye ini");
        }
        if (!c.takesShares()) {
            throw new ShareRejected(
                    HttpStatus.CONFLICT,
                    "not-running",
                    c.getStatus() == Campaign.Status.DIJADWALKAN
                            ? "Kampanye belum dimulai"
                            : "Masa kampanye sudah berakhir; unggahan tidak lagi dihitung");
        }
        PostUrls.PostRef ref = PostUrls.parse(url);
        if (ref == null) {
            throw InvalidInputException.of(
                    "url", "harus tautan unggahan Facebook, Instagram atau X (mis. https://x.com/akun/status/123)");
        }
        List<String> handles = handlesOf(staffId, ref.platform());
        if (handles.isEmpty()) {
            throw new ShareRejected(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "account-not-registered",
                    "Akun " + ref.platform()
                            + " pegawai ini belum terdaftar di inventaris ASN/THL; daftarkan dulu akunnya");
        }
        if (ref.handle() != null && handles.stream().noneMatch(h -> h.equalsIgnoreCase(ref.handle()))) {
            throw notOwnAccount(ref.platform());
        }
        if (!reader.configured(ref.platform())) {
            throw new ShareRejected(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "reader-not-configured",
                    "Pemeriksaan unggahan " + ref.platform() + " belum dikonfigurasi; hubungi Diskominfo");
        }
        PublicPost post = read(c, ref, handles);
        if (post.postedAt().isBefore(c.getWindowStart()) || post.postedAt().isAfter(c.getWindowEnd())) {
            throw new ShareRejected(
                    HttpStatus.UNPROCESSABLE_ENTITY, "outside-window", "Unggahan ini dibuat di luar masa kampanye");
        }
        if (!PostUrls.carries(c.getContentUrl(), post.links(), post.text())) {
            throw new ShareRejected(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "no-content-link",
                    "Unggahan ini tidak memuat tautan konten kampanye " + c.getContentUrl());
        }
        String owner = record(c.getId(), staffId, post, source);
        if (owner != null && !owner.equals(staffId)) {
            throw new ShareRejected(
                    HttpStatus.CONFLICT, "counted-for-another", "Unggahan ini sudah dihitung untuk pegawai lain");
        }
        return new Counted(
                owner == null ? Outcome.COUNTED : Outcome.ALREADY_COUNTED,
                post.platform(),
                post.id(),
                post.permalink());
    }

    private PublicPost read(Campaign c, PostUrls.PostRef ref, List<String> handles) {
        try {
            if ("X".equals(ref.platform())) {
                PublicPost post = reader.tweet(ref.key());
                if (post == null) {
                    throw new ShareRejected(
                            HttpStatus.UNPROCESSABLE_ENTITY,
                            "post-not-found",
                            "Unggahan tidak ditemukan atau tidak publik");
                }
                if (handles.stream().noneMatch(h -> h.equalsIgnoreCase(post.authorHandle()))) {
                    throw notOwnAccount("X");
                }
                return post;
            }
            for (String handle : handles) {
                if (ref.handle() != null
                        && !handle.equalsIgnoreCase(ref.handle())
                        && "FACEBOOK".equals(ref.platform())) {
                    continue;
                }
                try {
                    for (PublicPost p : reader.postsOf(ref.platform(), handle, c.getWindowStart())) {
                        if (PostUrls.samePost(p.permalink(), ref)
                                || p.id().equals(ref.key())
                                || p.id().endsWith("_" + ref.key())) {
                            return p;
                        }
                    }
                } catch (PlatformException e) {
                    if (!e.notReadable()) {
                        throw e;
                    }
                    throw new ShareRejected(
                            HttpStatus.UNPROCESSABLE_ENTITY,
                            "account-not-readable",
                            "Akun " + ref.platform() + " " + handle
                                    + " tidak dapat dibaca; unggahan hanya dapat diperiksa dari Halaman Facebook atau akun profesional Instagram yang publik");
                }
            }
            throw notOwnAccount(ref.platform());
        } catch (PlatformException e) {
            log.warn("campaign {}: {} post could not be read: {}", c.getId(), ref.platform(), e.getMessage());
            throw new ShareRejected(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "platform-unavailable",
                    "Layanan " + ref.platform() + " sedang tidak dapat dihubungi; coba lagi nanti");
        }
    }

    private static ShareRejected notOwnAccount(String platform) {
        return new ShareRejected(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "not-own-account",
                "Unggahan ini bukan unggahan akun " + platform + " pegawai yang terdaftar di inventaris");
    }

    /**
     * Records a share once per post. @return null when it was new, else the staff id it was already
     * counted for
     */
    String record(long campaignId, String staffId, PublicPost post, String source) {
        String owner = ownerOf(campaignId, post);
        if (owner != null) {
            return owner;
        }
        try {
            jdbc.update(
                    "INSERT INTO campaign_share (campaign_id, staff_id, platform, post_id, post_url, source, posted_at, recorded_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    campaignId,
                    staffId,
                    post.platform(),
                    post.id(),
                    post.permalink().length() > 500 ? post.permalink().substring(0, 500) : post.permalink(),
                    source,
                    Timestamp.from(post.postedAt()),
                    Timestamp.from(clock.instant()));
            return null;
        } catch (DuplicateKeyException raced) {
            return ownerOf(campaignId, post);
        }
    }

    private String ownerOf(long campaignId, PublicPost post) {
        List<String> owners = jdbc.queryForList(
                "SELECT staff_id FROM campaign_share WHERE campaign_id = ? AND platform = ? AND post_id = ?",
                String.class,
                campaignId,
                post.platform(),
                post.id());
        return owners.isEmpty() ? null : owners.get(0);
    }

    String opdOfParticipant(long campaignId, String staffId) {
        List<String> opd = jdbc.queryForList(
                "SELECT opd_code FROM campaign_participant WHERE campaign_id = ? AND staff_id = ?",
                String.class,
                campaignId,
                staffId == null ? "" : staffId.trim());
        return opd.isEmpty() ? null : opd.get(0);
    }

    private List<String> handlesOf(String staffId, String platform) {
        return jdbc.queryForList(
                "SELECT handle FROM staff_account WHERE staff_id = ? AND platform = ?",
                String.class,
                staffId.trim(),
                platform);
    }

    /** The registered accounts of a campaign's participants on a platform: lower-cased handle → staff id. */
    Map<String, String> participantHandles(long campaignId, String platform) {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.query(
                "SELECT a.handle, a.staff_id FROM staff_account a JOIN campaign_participant p ON p.staff_id = a.staff_id "
                        + "WHERE p.campaign_id = ? AND a.platform = ?",
                rs -> {
                    out.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
                },
                campaignId,
                platform);
        return out;
    }
}
