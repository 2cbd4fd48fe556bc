package id.tanggap.campaign;

import id.tanggap.channels.ChannelProperties;
import id.tanggap.channels.PlatformException;
import id.tanggap.channels.PublicPost;
import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code detectCampaignShares}: finds shares of the content link that staff did not report
 * themselves: X posts linking it (recent search, at most the last seven days), and the posts of the
 * targeted staff's registered Facebook Pages and Instagram professional accounts. Accounts the
 * platform will not show are skipped and counted; a rate limit or outage retries the job, an
 * expired reader token becomes an incident.
 */
@Component
public class DetectCampaignSharesWorker {

    public record DetectResult(int detected, int notYetShared, int unreadableAccounts) {}

    private static final Logger log = LoggerFactory.getLogger(DetectCampaignSharesWorker.class);
    /** X's recent search reaches seven days back; a minute's margin keeps start_time inside it. */
    private static final Duration X_SEARCH_REACH = Duration.ofDays(7).minusMinutes(1);

    private final CampaignRepository campaigns;
    private final CampaignShares shares;
    private final SharedPostReader reader;
    private final JdbcTemplate jdbc;
    private final ChannelProperties channels;

    DetectCampaignSharesWorker(
            CampaignRepository campaigns,
            CampaignShares shares,
            SharedPostReader reader,
            JdbcTemplate jdbc,
            ChannelProperties channels) {
        this.campaigns = campaigns;
        this.shares = shares;
        this.reader = reader;
        this.jdbc = jdbc;
        this.channels = channels;
    }

    @JobWorker(type = "detectCampaignShares")
    public DetectResult detectCampaignShares(ActivatedJob job, @Variable long campaignId, @Variable String detectedAt) {
        Campaign c = campaigns
                .findById(campaignId)
                .orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
        Instant now = ProcessDates.parse(detectedAt);
        int detected = 0;
        int unreadable = 0;
        try {
            Map<String, String> xHandles = shares.participantHandles(campaignId, "X");
            if (!xHandles.isEmpty() && reader.configured("X")) {
                Instant since = c.getWindowStart().isBefore(now.minus(X_SEARCH_REACH))
                        ? now.minus(X_SEARCH_REACH)
                        : c.getWindowStart();
                for (PublicPost p : reader.xPostsLinking(c.getContentUrl(), since)) {
                    String staffId = p.authorHandle() == null
                            ? null
                            : xHandles.get(p.authorHandle().toLowerCase(Locale.ROOT));
                    if (staffId != null && counts(c, p) && shares.record(campaignId, staffId, p, "DETECTED") == null) {
                        detected++;
                    }
                }
            }
            for (String platform : List.of("FACEBOOK", "INSTAGRAM")) {
                if (!reader.configured(platform)) {
                    continue;
                }
                for (var account :
                        shares.participantHandles(campaignId, platform).entrySet()) {
                    List<PublicPost> posts;
                    try {
                        posts = reader.postsOf(platform, account.getKey(), c.getWindowStart());
                    } catch (PlatformException e) {
                        if (!e.notReadable()) {
                            throw e;
                        }
                        unreadable++;
                        continue;
                    }
                    for (PublicPost p : posts) {
                        if (counts(c, p) && shares.record(campaignId, account.getValue(), p, "DETECTED") == null) {
                            detected++;
                        }
                    }
                }
            }
        } catch (PlatformException e) {
            log.warn("campaign {}: share detection failed: {}", campaignId, e.getMessage());
            throw CamundaError.jobError(
                    "Deteksi unggahan kampanye " + c.ref() + " gagal: " + e.getMessage(),
                    null,
                    e.permanent() ? 0 : Math.max(0, job.getRetries() - 1),
                    channels.replyRetryBackoff());
        }
        Integer notYet = jdbc.queryForObject(
                "SELECT COUNT(*) FROM campaign_participant p WHERE p.campaign_id = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM campaign_share s WHERE s.campaign_id = p.campaign_id AND s.staff_id = p.staff_id)",
                Integer.class,
                campaignId);
        return new DetectResult(detected, notYet == null ? 0 : notYet, unreadable);
    }

    private static boolean counts(Campaign c, PublicPost p) {
        return !p.postedAt().isBefore(c.getWindowStart())
                && !p.postedAt().isAfter(c.getWindowEnd())
                && PostUrls.carries(c.getContentUrl(), p.links(), p.text());
    }
}
