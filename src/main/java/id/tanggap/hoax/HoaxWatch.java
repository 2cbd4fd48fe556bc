package id.tanggap.hoax;

import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks at each post of a registered staff account that a reading of the platform saw: when it links
 * an address in the hoax register, the person and the head of their OPD are e-mailed the verdict and
 * the clarification, once per post (a post seen again on the next reading is not told again).
 */
@Component
public class HoaxWatch {

    private final HoaxRegister register;
    private final Officials officials;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    HoaxWatch(
            HoaxRegister register,
            Officials officials,
            Mailer mailer,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            Clock clock) {
        this.register = register;
        this.officials = officials;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** @return true when this post linked a registered hoax and was told now (false: no hoax, or told before) */
    public boolean postSeen(SeenPost post) {
        Optional<HoaxRegister.Entry> hit = register.matching(HoaxLinks.linksOf(post.links(), post.text()));
        if (hit.isEmpty()) {
            return false;
        }
        HoaxRegister.Entry entry = hit.get();
        return Boolean.TRUE.equals(tx.execute(status -> {
            try {
                jdbc.update(
                        "INSERT INTO hoax_alert (platform, post_id, hoax_id, staff_id, post_url, alerted_at) VALUES (?, ?, ?, ?, ?, ?)",
                        post.platform(),
                        post.postId(),
                        entry.id(),
                        post.staffId(),
                        post.permalink() == null || post.permalink().length() <= 500
                                ? post.permalink()
                                : post.permalink().substring(0, 500),
                        Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException toldBefore) {
                return false;
            }
            Optional<Official> head = officials.headOf(post.opdCode());
            Map<String, Object> model = new HashMap<>();
            model.put("staffName", post.staffName());
            model.put("platform", post.platform());
            model.put("permalink", post.permalink());
            model.put("address", entry.address());
            model.put("verdict", entry.verdictLabel());
            model.put("clarification", entry.clarificationUrl());
            String subject = "[Tanggap] Unggahan " + post.platform() + " memuat tautan yang dinyatakan "
                    + entry.verdictLabel().toLowerCase(java.util.Locale.ROOT);
            String key = "hoax:" + post.platform() + ":" + post.postId();
            if (post.staffEmail() != null && !post.staffEmail().isBlank()) {
                Map<String, Object> own = new HashMap<>(model);
                own.put("name", post.staffName());
                own.put("toHead", false);
                mailer.sendOnce(key + ":staff", null, post.staffEmail(), subject, "hoax-alert", own);
            }
            head.ifPresent(h -> {
                Map<String, Object> forHead = new HashMap<>(model);
                forHead.put("name", h.getName());
                forHead.put("toHead", true);
                mailer.sendOnce(key + ":head", null, h.getEmail(), subject, "hoax-alert", forHead);
            });
            return true;
        }));
    }
}
