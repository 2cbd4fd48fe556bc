package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.hoax.HoaxWatch;
import id.tanggap.hoax.SeenPost;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts that registered official accounts make themselves, checked against the hoax register as the
 * webhook delivers them (the weekly staff-account check reads the rest later): a Facebook Page's own
 * post (a {@code feed} change of item status, post, photo, video, share or link, verb add or edited,
 * whose {@code from.id} is the Page) and an X account's own tweet (an Account Activity
 * {@code tweet_create_events} entry whose {@code user.id_str} is {@code for_user_id}). A post that
 * links an address in the register goes to {@link HoaxWatch}, which tells the person and their OPD
 * head with the clarification once per post, so a redelivery or an edit tells no one twice. Instagram
 * sends no webhook for an account's own media. A failure here never fails the delivery.
 */
@Component
class OwnPostHoaxCheck {

    private static final Logger log = LoggerFactory.getLogger(OwnPostHoaxCheck.class);
    private static final Set<String> POST_ITEMS = Set.of("status", "post", "photo", "video", "share", "link");

    private final OfficialAccounts accounts;
    private final Officials officials;
    private final HoaxWatch hoaxes;

    OwnPostHoaxCheck(OfficialAccounts accounts, Officials officials, HoaxWatch hoaxes) {
        this.accounts = accounts;
        this.officials = officials;
        this.hoaxes = hoaxes;
    }

    /** The Page's own posts in a Meta delivery. */
    void meta(JsonNode root) {
        if (!"page".equals(root.path("object").asText())) {
            return;
        }
        for (JsonNode entry : root.path("entry")) {
            String page = entry.path("id").asText();
            for (JsonNode change : entry.path("changes")) {
                JsonNode v = change.path("value");
                String verb = v.path("verb").asText();
                if (!"feed".equals(change.path("field").asText())
                        || !POST_ITEMS.contains(v.path("item").asText())
                        || !("add".equals(verb) || "edited".equals(verb))
                        || !page.equals(v.path("from").path("id").asText())
                        || !v.hasNonNull("post_id")) {
                    continue;
                }
                String postId = v.path("post_id").asText();
                List<String> links = new ArrayList<>();
                if (v.hasNonNull("link")) {
                    links.add(v.path("link").asText());
                }
                String permalink = v.path("post")
                        .path("permalink_url")
                        .asText(v.path("permalink_url").asText("https://www.facebook.com/" + postId));
                seen("FACEBOOK", page, postId, permalink, v.path("message").asText(""), links);
            }
        }
    }

    /** The account's own tweets in an X Account Activity delivery. */
    void x(JsonNode root) {
        String owner = root.path("for_user_id").asText();
        for (JsonNode t : root.path("tweet_create_events")) {
            if (owner.isEmpty() || !owner.equals(t.path("user").path("id_str").asText())) {
                continue;
            }
            JsonNode full = t.path("truncated").asBoolean(false) ? t.path("extended_tweet") : t;
            String text = full.path("full_text").asText(t.path("text").asText(""));
            List<String> links = new ArrayList<>();
            urls(full.path("entities"), links);
            urls(t.path("entities"), links);
            // a retweet or a quote spreads the other post's links as well
            urls(t.path("retweeted_status").path("entities"), links);
            urls(t.path("quoted_status").path("entities"), links);
            String id = t.path("id_str").asText();
            seen(
                    "X",
                    owner,
                    id,
                    "https://x.com/" + t.path("user").path("screen_name").asText() + "/status/" + id,
                    text,
                    links);
        }
    }

    private static void urls(JsonNode entities, List<String> into) {
        for (JsonNode u : entities.path("urls")) {
            into.add(u.path("expanded_url").asText(u.path("url").asText("")));
        }
    }

    private void seen(
            String platform, String accountId, String postId, String permalink, String text, List<String> links) {
        try {
            OfficialAccount account = accounts.onPlatform(platform, accountId).orElse(null);
            if (account == null || !account.takesComplaints()) {
                return;
            }
            Official owner = account.getOfficialNip() == null
                    ? null
                    : officials.find(account.getOfficialNip()).orElse(null);
            boolean told = hoaxes.postSeen(new SeenPost(
                    platform,
                    postId,
                    permalink,
                    text,
                    links,
                    owner == null ? "akun-" + account.getId() : owner.getNip(),
                    owner == null ? "Pengelola akun " + account.getHandle() : owner.getName(),
                    owner == null ? null : owner.getEmail(),
                    account.getOpdCode()));
            if (told) {
                log.info("own post {} of official account {} links a registered hoax: told", postId, account.getId());
            }
        } catch (RuntimeException e) {
            log.warn(
                    "hoax check of own post {} on {} failed: {}",
                    postId,
                    platform,
                    e.getClass().getSimpleName());
        }
    }
}
