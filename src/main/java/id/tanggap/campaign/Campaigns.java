package id.tanggap.campaign;

import id.tanggap.routing.Opds;
import id.tanggap.shared.CampaignVerdict;
import id.tanggap.shared.Channel;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.PersonalDataCipher;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Diskominfo's campaigns: creating one (validated, once per content link and start), and what it achieved. */
@Service
public class Campaigns {

    public record NewCampaign(
            String programme,
            String contentUrl,
            List<String> targetOpds,
            Instant startsAt,
            Instant endsAt,
            Integer expectedParticipation) {}

    public record Created(Campaign campaign, boolean isNew) {}

    public record OpdResult(
            String opdCode,
            String opdName,
            int targeted,
            int participated,
            int shares,
            double participationRate,
            String verdict) {

        /** The verdict as the pages show it; null while the campaign runs. */
        public String verdictLabel() {
            return CampaignVerdict.labelOf(verdict);
        }
    }

    public record Participant(
            String staffId, String name, String opdCode, int shares, String verdict, boolean reminded) {

        /** The verdict as the pages show it; null before the evaluation. */
        public String verdictLabel() {
            return CampaignVerdict.labelOf(verdict);
        }
    }

    public record ShareView(String staffId, String platform, String postUrl, String source, Instant postedAt) {

        /** The platform as people call it ("Facebook"), not its code. */
        public String platformLabel() {
            return Channel.parse(platform).map(Channel::title).orElse(platform);
        }
    }

    static final Duration LONGEST_WINDOW = Duration.ofDays(92);

    private final CampaignRepository campaigns;
    private final Opds opds;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CampaignStarter starter;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    Campaigns(
            CampaignRepository campaigns,
            Opds opds,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            CampaignStarter starter,
            PersonalDataCipher cipher,
            Clock clock) {
        this.campaigns = campaigns;
        this.opds = opds;
        this.jdbc = jdbc;
        this.tx = tx;
        this.starter = starter;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Created create(NewCampaign n, String createdBy) {
        List<FieldProblem> problems = new ArrayList<>();
        String programme = n.programme() == null ? "" : n.programme().trim();
        if (programme.isEmpty() || programme.length() > 300) {
            problems.add(new FieldProblem("programme", "wajib diisi, paling banyak 300 karakter"));
        }
        String url = n.contentUrl() == null ? "" : n.contentUrl().trim();
        if (!validLink(url)) {
            problems.add(
                    new FieldProblem("contentUrl", "harus tautan http(s) yang lengkap, paling banyak 500 karakter"));
        }
        Set<String> targets = new LinkedHashSet<>();
        for (String o : n.targetOpds() == null ? List.<String>of() : n.targetOpds()) {
            String code = o == null ? "" : o.trim().toUpperCase();
            if (!opds.exists(code)) {
                problems.add(new FieldProblem("targetOpds", "kode OPD tidak dikenal: " + o));
            }
            targets.add(code);
        }
        if (n.startsAt() == null) {
            problems.add(new FieldProblem("startsAt", "wajib diisi (ISO 8601)"));
        }
        if (n.endsAt() == null) {
            problems.add(new FieldProblem("endsAt", "wajib diisi (ISO 8601)"));
        } else if (n.startsAt() != null) {
            if (!n.endsAt().isAfter(n.startsAt().plus(Duration.ofHours(1)))) {
                problems.add(new FieldProblem("endsAt", "harus lebih dari 1 jam setelah startsAt"));
            } else if (Duration.between(n.startsAt(), n.endsAt()).compareTo(LONGEST_WINDOW) > 0) {
                problems.add(new FieldProblem("endsAt", "masa kampanye paling lama 92 hari"));
            }
            if (!n.endsAt().isAfter(clock.instant())) {
                problems.add(new FieldProblem("endsAt", "sudah lewat"));
            }
        }
        if (n.expectedParticipation() == null || n.expectedParticipation() < 1 || n.expectedParticipation() > 100) {
            problems.add(
                    new FieldProblem("expectedParticipation", "persen pegawai sasaran yang diharapkan berbagi, 1-100"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant start = n.startsAt().truncatedTo(ChronoUnit.SECONDS);
        Instant end = n.endsAt().truncatedTo(ChronoUnit.SECONDS);
        Campaign existing = campaigns.findByContentUrlAndWindowStart(url, start).orElse(null);
        if (existing != null) {
            return new Created(existing, false);
        }
        Campaign saved;
        try {
            saved = tx.execute(s -> {
                Campaign c = campaigns.saveAndFlush(new Campaign(
                        programme,
                        url,
                        targets.isEmpty(),
                        start,
                        end,
                        n.expectedParticipation(),
                        createdBy,
                        clock.instant()));
                for (String code : targets) {
                    jdbc.update(
                            "INSERT INTO campaign_target_opd (campaign_id, opd_code) VALUES (?, ?)", c.getId(), code);
                }
                starter.startLater(c);
                return c;
            });
        } catch (DataIntegrityViolationException raced) {
            return new Created(
                    campaigns.findByContentUrlAndWindowStart(url, start).orElseThrow(() -> raced), false);
        }
        return new Created(saved, true);
    }

    private static boolean validLink(String url) {
        if (url.isEmpty() || url.length() > 500) {
            return false;
        }
        try {
            URI u = URI.create(url);
            return u.getHost() != null
                    && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Campaign get(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("Tidak ada kampanye " + id));
    }

    public List<Campaign> latest(int n) {
        return campaigns.findAllByOrderByWindowStartDesc(org.springframework.data.domain.Limit.of(n));
    }

    public List<String> targetOpds(long id) {
        return jdbc.queryForList(
                "SELECT opd_code FROM campaign_target_opd WHERE campaign_id = ? ORDER BY opd_code", String.class, id);
    }

    /** Per OPD: the evaluation once there is one, else the running count. */
    public List<OpdResult> opdResults(long id) {
        List<OpdResult> evaluated = jdbc.query(
                "SELECT r.*, o.name FROM campaign_opd_result r JOIN opd o ON o.code = r.opd_code "
                        + "WHERE r.campaign_id = ? ORDER BY r.participation_rate DESC, r.opd_code",
                (rs, i) -> new OpdResult(
                        rs.getString("opd_code"),
                        rs.getString("name"),
                        rs.getInt("targeted"),
                        rs.getInt("participated"),
                        rs.getInt("shares"),
                        rs.getDouble("participation_rate"),
                        rs.getString("verdict")),
                id);
        if (!evaluated.isEmpty()) {
            return evaluated;
        }
        return jdbc.query(
                "SELECT p.opd_code, o.name, COUNT(*) targeted, COUNT(DISTINCT s.staff_id) participated, COUNT(s.id) shares "
                        + "FROM campaign_participant p JOIN opd o ON o.code = p.opd_code LEFT JOIN campaign_share s ON s.campaign_id = p.campaign_id "
                        + "AND s.staff_id = p.staff_id WHERE p.campaign_id = ? GROUP BY p.opd_code, o.name ORDER BY p.opd_code",
                (rs, i) -> {
                    int targeted = rs.getInt("targeted");
                    int participated = rs.getInt("participated");
                    return new OpdResult(
                            rs.getString("opd_code"),
                            rs.getString("name"),
                            targeted,
                            participated,
                            rs.getInt("shares"),
                            CampaignFigures.rate(participated, targeted),
                            null);
                },
                id);
    }

    /** The targeted staff with their shares; an OPD user sees only their own OPD. */
    public List<Participant> participants(long id, String onlyOpd) {
        return jdbc.query(
                "SELECT p.staff_id, m.name, p.opd_code, p.verdict, p.reminded_at, (SELECT COUNT(*) FROM campaign_share s "
                        + "WHERE s.campaign_id = p.campaign_id AND s.staff_id = p.staff_id) shares FROM campaign_participant p "
                        + "JOIN staff_member m ON m.staff_id = p.staff_id WHERE p.campaign_id = ?"
                        + (onlyOpd == null ? "" : " AND p.opd_code = ?")
                        + " ORDER BY p.opd_code, p.staff_id",
                (rs, i) -> new Participant(
                        rs.getString("staff_id"),
                        cipher.decrypt(rs.getString("name")),
                        rs.getString("opd_code"),
                        rs.getInt("shares"),
                        rs.getString("verdict"),
                        rs.getTimestamp("reminded_at") != null),
                args(id, onlyOpd));
    }

    /** The counted shares of a campaign; an OPD user sees only their own OPD's. */
    public List<ShareView> shares(long id, String onlyOpd) {
        return shareQuery(id, onlyOpd == null ? null : "p.opd_code", onlyOpd);
    }

    /** The counted shares of one staff member. */
    public List<ShareView> sharesOfStaff(long id, String staffId) {
        return shareQuery(id, "s.staff_id", staffId);
    }

    private List<ShareView> shareQuery(long id, String column, String value) {
        return jdbc.query(
                "SELECT s.staff_id, s.platform, s.post_url, s.source, s.posted_at FROM campaign_share s JOIN campaign_participant p "
                        + "ON p.campaign_id = s.campaign_id AND p.staff_id = s.staff_id WHERE s.campaign_id = ?"
                        + (column == null ? "" : " AND " + column + " = ?")
                        + " ORDER BY s.posted_at",
                (rs, i) -> new ShareView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()),
                args(id, value));
    }

    private static Object[] args(long id, String onlyOpd) {
        return onlyOpd == null ? new Object[] {id} : new Object[] {id, onlyOpd};
    }

    static Map<String, Object> summaryOf(Campaign c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", c.getId());
        m.put("ref", c.ref());
        m.put("programme", c.getProgramme());
        m.put("contentUrl", c.getContentUrl());
        m.put("targetAll", c.isTargetAll());
        m.put("startsAt", c.getWindowStart());
        m.put("endsAt", c.getWindowEnd());
        m.put("expectedParticipation", c.getExpectedParticipation());
        m.put("status", c.getStatus());
        m.put("targeted", c.getTargeted());
        m.put("participated", c.getParticipated());
        m.put("shares", c.getShares());
        m.put("participationRate", c.getParticipationRate());
        m.put("verdict", c.getVerdict());
        m.put("evaluationNote", c.getEvaluationNote());
        return m;
    }
}
