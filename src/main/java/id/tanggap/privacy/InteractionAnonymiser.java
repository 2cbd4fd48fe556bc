package id.tanggap.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the personal data of social-media interactions (the social inbox's table): the sender's name, id
 * and key, the text, the media links and the platform's message, thread and reply ids. What the figures
 * count stays (channel, account, class, state, dates, who decided). An interaction that never became a
 * case is erased {@code tanggap.retention.social-interactions} after it arrived; one that became a case
 * follows its case: it is erased once the case's personal data is (retention or a data subject's request),
 * so an interaction of an open case is kept. Works on the table directly, as {@link CaseAnonymiser} does;
 * each update raises the row version, so the inbox holding an older copy fails and retries instead of
 * writing the erased values back.
 */
@Component
class InteractionAnonymiser {

    private final JdbcTemplate jdbc;

    InteractionAnonymiser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next interactions due for erasure, oldest first. */
    List<Long> due(Instant receivedBefore, int limit) {
        return jdbc.queryForList(
                "SELECT i.id FROM social_interaction i LEFT JOIN complaint c ON c.id = i.complaint_id"
                        + " WHERE i.personal_data_erased_at IS NULL"
                        + " AND ((i.complaint_id IS NULL AND i.received_at < ?) OR c.personal_data_erased_at IS NOT NULL)"
                        + " ORDER BY i.id LIMIT " + limit,
                Long.class,
                Timestamp.from(receivedBefore));
    }

    /** @return false when it was erased already */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean erase(long interactionId, Instant now) {
        return jdbc.update(
                        "UPDATE social_interaction SET sender_id = NULL, sender_name = NULL, sender_key = NULL, body = '',"
                                + " media_refs = NULL, platform_message_id = CONCAT('anonim:', id), thread_id = NULL,"
                                + " reply_to_id = NULL, answer_platform_id = NULL, official_reply_id = NULL,"
                                + " personal_data_erased_at = ?, version = version + 1"
                                + " WHERE id = ? AND personal_data_erased_at IS NULL",
                        Timestamp.from(now),
                        interactionId)
                == 1;
    }
}
