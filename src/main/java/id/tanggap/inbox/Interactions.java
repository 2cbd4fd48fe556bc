package id.tanggap.inbox;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaints;
import id.tanggap.complaint.Timeline;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.intake.ComplaintSubmission;
import id.tanggap.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The social inbox's door and public API. Every message to an official account is kept as an
 * interaction (one per platform message id, however often the platform delivers it) and answered at once;
 * right after the commit it is classified by social-interaction-classification.dmn on the engine
 * ({@link ClassificationQueue}, with {@link ClassificationSweep} as the safety net), so a viral post never
 * waits for the engine in the webhook. A confident complaint becomes a case through the intake (keyed by
 * the same platform message id, so a redelivery, a second click or the sweep racing the queue makes no
 * second case), the rest waits in /kotak-masuk or is archived. A reply the official account posts directly
 * on the platform under an interaction counts as the response to it (and to its case).
 */
@Service
public class Interactions {

    private static final Logger log = LoggerFactory.getLogger(Interactions.class);
    private static final Pattern HTTP = Pattern.compile("https?://\\S{1,990}");

    /** What became of one delivered message: its interaction, class and the case ticket if it is one. */
    public record Received(long interactionId, InteractionClass interactionClass, String ticket) {}

    private final InteractionRepository interactions;
    private final InteractionClassifier classifier;
    private final ClassificationQueue queue;
    private final PrivacyNotices notices;
    private final ComplaintIntake intake;
    private final Complaints complaints;
    private final CaseUpdates cases;
    private final Timeline timeline;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Interactions(
            InteractionRepository interactions,
            InteractionClassifier classifier,
            ClassificationQueue queue,
            PrivacyNotices notices,
            ComplaintIntake intake,
            Complaints complaints,
            CaseUpdates cases,
            Timeline timeline,
            TransactionTemplate tx,
            JdbcTemplate jdbc,
            Clock clock) {
        this.interactions = interactions;
        this.classifier = classifier;
        this.queue = queue;
        this.notices = notices;
        this.intake = intake;
        this.complaints = complaints;
        this.cases = cases;
        this.timeline = timeline;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * When this person last wrote to an official account of the platform in a private conversation (Messenger,
     * Instagram, X direct message), if ever: whether a platform's standard messaging window is still open for them.
     */
    public java.util.Optional<Instant> lastDirectMessageAt(String platform, String senderId) {
        String key = notices.senderKey(platform, senderId);
        if (key == null) {
            return java.util.Optional.empty();
        }
        java.sql.Timestamp last = jdbc.queryForObject(
                "SELECT MAX(received_at) FROM social_interaction WHERE platform = ? AND sender_key = ? AND direct_message = TRUE",
                java.sql.Timestamp.class,
                platform,
                key);
        return java.util.Optional.ofNullable(last).map(java.sql.Timestamp::toInstant);
    }

    /**
     * Takes a platform delivery's messages; an official account's own replies are recorded as responses.
     * A new message is stored unclassified and queued for classification once stored (after the caller's
     * commit, when there is one): the answer does not wait for the engine. A redelivery answers what became
     * of the message so far.
     */
    public List<Received> receive(List<IncomingMessage> messages) {
        List<Received> out = new ArrayList<>();
        List<Long> stored = new ArrayList<>();
        for (IncomingMessage m : messages) {
            if (m.fromAccount()) {
                officialReply(m);
                continue;
            }
            if (m.text() == null || m.text().isBlank()) {
                log.info("ignored a {} message without text to account {}", m.channel(), m.accountId());
                continue;
            }
            Interaction i = keep(m);
            if (i.getInteractionClass() == InteractionClass.BELUM && i.getState() == InteractionState.MENUNGGU) {
                stored.add(i.getId());
            }
            out.add(new Received(i.getId(), i.getInteractionClass(), i.getTicket()));
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    stored.forEach(Interactions.this::classifySoon);
                }
            });
        } else {
            stored.forEach(this::classifySoon);
        }
        return out;
    }

    private void classifySoon(long interactionId) {
        queue.offer(interactionId, () -> classify(interactionId));
    }

    /** The interaction of a message: the stored one for a redelivery, else stored unclassified. */
    private Interaction keep(IncomingMessage m) {
        var existing = interactions.findByPlatformAndPlatformMessageId(m.platform(), m.platformMessageId());
        if (existing.isPresent()) {
            return existing.get();
        }
        String senderKey = notices.senderKey(m.platform(), m.senderId());
        try {
            return tx.execute(s -> interactions.saveAndFlush(
                    new Interaction(m, senderKey, InteractionClassifier.unclassified(m.text()), clock.instant())));
        } catch (DataIntegrityViolationException concurrent) {
            // the same message delivered concurrently: the other delivery stored it
            return interactions
                    .findByPlatformAndPlatformMessageId(m.platform(), m.platformMessageId())
                    .orElseThrow(() -> concurrent);
        }
    }

    /**
     * Makes (or finds) the case of an interaction marked KASUS: the intake's own key (channel, platform
     * message id) makes it one case however often this runs.
     */
    Interaction makeCase(long interactionId) {
        Interaction i = interactions.findById(interactionId).orElseThrow();
        String text = i.getBody();
        if (text.length() < 10) {
            text = text + " (pesan singkat dari " + i.getChannel() + ")";
        }
        var submission = new ComplaintSubmission(
                id.tanggap.shared.Channel.valueOf(i.getChannel()),
                i.getPlatformMessageId(),
                new ComplaintSubmission.Reporter(
                        i.getSenderName() == null ? "Pengguna " + i.getChannel() : trimmed(i.getSenderName(), 200),
                        null,
                        false),
                trimmed(text, 5000),
                i.getSuggestedCategory() == null ? "LAINNYA" : i.getSuggestedCategory(),
                null,
                i.getThreadId(),
                i.getMediaRefs().stream()
                        .filter(u -> HTTP.matcher(u).matches())
                        .limit(10)
                        .toList());
        String ticket;
        try {
            ticket = intake.submit(submission, new ComplaintIntake.Origin(i.getAccountId(), i.getSenderId()))
                    .ticket();
        } catch (InvalidInputException e) {
            log.warn("interaction {} could not become a case: {}", i.getId(), e.getMessage());
            return update(interactionId, Interaction::reopen);
        }
        Long complaintId = complaints.byTicket(ticket).map(c -> c.getId()).orElse(null);
        return update(interactionId, fresh -> fresh.caseMade(ticket, complaintId));
    }

    /**
     * The official account replied on the platform to an interaction: the reply is recorded on it and,
     * when the interaction is a case, on the case as its response (its first-response clock stops), so
     * compliance checks and reports count work done outside Tanggap.
     */
    private void officialReply(IncomingMessage m) {
        if (m.replyToId() == null) {
            return;
        }
        var target = interactions.findByPlatformAndPlatformMessageId(m.platform(), m.replyToId());
        if (target.isEmpty()) {
            return;
        }
        if (m.platformMessageId().equals(target.get().getAnswerPlatformId())) {
            return; // the inbox's own answer, seen again through the webhook
        }
        Instant now = clock.instant();
        Interaction i = update(target.get().getId(), fresh -> fresh.officiallyReplied(m.platformMessageId(), now));
        if (i.getComplaintId() != null) {
            cases.update(i.getComplaintId(), (c, at) -> {
                if (m.platformMessageId().equals(c.getReplyPlatformId())) {
                    return null; // Tanggap's own reply (replyOnChannel), seen again through the webhook
                }
                c.answeredOnPlatform(m.platformMessageId(), at);
                timeline.record(
                        c,
                        "platformReply:" + m.platformMessageId(),
                        c.getStatus(),
                        at,
                        "Akun resmi",
                        // public: the platform's post id stays in the case (reply_platform_id), not in the note
                        "Dijawab langsung di " + m.channel().label() + " oleh akun resmi");
                return null;
            });
        }
        log.info("interaction {} answered directly on {} by the official account", i.getId(), m.platform());
    }

    /**
     * Classifies one stored interaction on the engine and makes the case of a confident complaint. Safe to
     * run concurrently for the same interaction (the queue, the sweep of another instance, a redelivery):
     * the class is written only while the interaction is still unclassified and undecided (optimistic lock),
     * and the case goes through the intake keyed by the platform message id, so it is made once.
     * @return false when the engine could not evaluate the decision (the interaction stays unclassified)
     */
    boolean classify(long interactionId) {
        Interaction pending = interactions.findById(interactionId).orElse(null);
        if (pending == null) {
            return true;
        }
        if (pending.getInteractionClass() == InteractionClass.BELUM
                && pending.getState() == InteractionState.MENUNGGU) {
            // features as of the message's arrival: earlier messages of the sender and of the thread only
            boolean repeated = pending.getSenderKey() != null
                    && interactions.existsByPlatformAndSenderKeyAndIdLessThan(
                            pending.getPlatform(), pending.getSenderKey(), pending.getId());
            boolean complaintThread = pending.getThreadId() != null
                    && interactions.existsByPlatformAndThreadIdAndInteractionClassAndIdLessThan(
                            pending.getPlatform(), pending.getThreadId(), InteractionClass.ADUAN, pending.getId());
            var c = classifier.classify(pending.getBody(), pending.isDirectMessage(), complaintThread, repeated);
            if (c.interactionClass() == InteractionClass.BELUM) {
                return false;
            }
            pending = update(pending.getId(), fresh -> {
                if (fresh.getInteractionClass() == InteractionClass.BELUM
                        && fresh.getState() == InteractionState.MENUNGGU) {
                    fresh.classified(c); // unless a person decided it (or another classifier classified it) meanwhile
                }
            });
        }
        if (pending.getState() == InteractionState.KASUS && pending.getTicket() == null) {
            makeCase(pending.getId());
        }
        return true;
    }

    /**
     * The sweep: classifies the messages still unclassified (the engine could not answer, the queue was
     * full, or the application stopped before), oldest first, at most {@code max} in one run, skipping
     * those this instance has queued; stops at the first the engine still cannot classify.
     * @return how many were classified
     */
    int classifyPending(int max) {
        int done = 0;
        long after = 0;
        while (done < max) {
            List<Interaction> page = interactions.findByInteractionClassAndStateAndIdGreaterThanOrderByIdAsc(
                    InteractionClass.BELUM, InteractionState.MENUNGGU, after, Limit.of(100));
            if (page.isEmpty()) {
                return done;
            }
            for (Interaction pending : page) {
                after = pending.getId();
                if (queue.isQueued(pending.getId())) {
                    continue; // the queue classifies it in a moment
                }
                if (!classify(pending.getId())) {
                    return done;
                }
                if (++done >= max) {
                    return done;
                }
            }
        }
        return done;
    }

    /** Interactions received in [from, to) per class: aspirations and questions for the periodic report. */
    public Map<InteractionClass, Long> countByClass(Instant from, Instant to) {
        Map<InteractionClass, Long> counts = new EnumMap<>(InteractionClass.class);
        for (InteractionClass c : InteractionClass.values()) {
            counts.put(c, 0L);
        }
        jdbc.query(
                "SELECT class_code, COUNT(*) n FROM social_interaction WHERE received_at >= ? AND received_at < ? GROUP BY class_code",
                rs -> {
                    counts.put(InteractionClass.valueOf(rs.getString("class_code")), rs.getLong("n"));
                },
                java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(to));
        return counts;
    }

    /**
     * Changes an interaction in its own transaction; concurrent deliveries of one message (and the sweep)
     * change it at the same moment, so a change that lost the race is applied again to the fresh row.
     */
    Interaction update(long id, java.util.function.Consumer<Interaction> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> {
                    Interaction fresh = interactions.findById(id).orElseThrow();
                    change.accept(fresh);
                    return interactions.saveAndFlush(fresh);
                });
            } catch (org.springframework.dao.OptimisticLockingFailureException race) {
                if (attempt >= 5) {
                    throw race;
                }
            }
        }
    }

    private static String trimmed(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
