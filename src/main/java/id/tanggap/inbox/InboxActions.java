package id.tanggap.inbox;

import id.tanggap.notification.Mailer;
import id.tanggap.routing.Opds;
import id.tanggap.shared.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Diskominfo's decisions in the social inbox, on one interaction or a selection. Each decides an
 * interaction once: the decision is claimed in a transaction (optimistic lock), so a double click or a
 * second person acting at the same moment changes nothing more; making a case goes through the intake
 * with the message's own key, so it is one case however often it is asked for.
 */
@Service
class InboxActions {

    private static final Logger log = LoggerFactory.getLogger(InboxActions.class);

    /** What an action did: how many interactions it decided, how many were already decided, the cases made. */
    record Outcome(int done, int alreadyDecided, List<String> tickets, List<String> problems) {}

    private final InteractionRepository interactions;
    private final Interactions door;
    private final PlatformReplies platforms;
    private final PrivacyNotices notices;
    private final Mailer mailer;
    private final Opds opds;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    InboxActions(
            InteractionRepository interactions,
            Interactions door,
            PlatformReplies platforms,
            PrivacyNotices notices,
            Mailer mailer,
            Opds opds,
            TransactionTemplate tx,
            JdbcTemplate jdbc,
            Clock clock) {
        this.interactions = interactions;
        this.door = door;
        this.platforms = platforms;
        this.notices = notices;
        this.mailer = mailer;
        this.opds = opds;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<SavedReply> savedReplies() {
        return jdbc.query(
                "SELECT id, title, body FROM social_saved_reply ORDER BY id",
                (rs, i) -> new SavedReply(rs.getLong("id"), rs.getString("title"), rs.getString("body")));
    }

    Outcome makeCases(List<Long> ids, String user) {
        List<String> tickets = new ArrayList<>();
        int done = 0;
        int already = 0;
        for (long id : ids) {
            Boolean claimed = claim(id, i -> true, i -> i.toCase(user, clock.instant()));
            Interaction i = interactions.findById(id).orElseThrow();
            if (i.getState() == InteractionState.KASUS && i.getTicket() == null) {
                i = door.makeCase(id); // also after a lost race: the intake's key keeps it one case
            }
            if (Boolean.TRUE.equals(claimed) && i.getTicket() != null) {
                done++;
                tickets.add(i.getTicket());
            } else {
                already++;
            }
        }
        return new Outcome(done, already, tickets, List.of());
    }

    Outcome aspiration(List<Long> ids, String opdCode, String user) {
        var opd = opdCode == null ? null : opds.find(opdCode).orElse(null);
        if (opd == null || opd.email() == null || opd.email().isBlank()) {
            throw InvalidInputException.of("opd", "pilih OPD tujuan aspirasi");
        }
        int done = 0;
        int already = 0;
        for (long id : ids) {
            Boolean claimed = claim(id, i -> true, i -> {
                i.aspiration(opd.code(), user, clock.instant());
                // information for the OPD: no process and no service-level clock; queued after the commit
                mailer.sendOnce(
                        "inbox-aspiration:" + i.getId(),
                        null,
                        opd.email(),
                        "[Tanggap] Aspirasi masyarakat dari " + i.getChannel(),
                        "inbox-aspiration",
                        Map.of(
                                "opd",
                                opd.name(),
                                "channel",
                                i.getChannel(),
                                "receivedAt",
                                i.getReceivedAt().toString(),
                                "text",
                                i.getBody()));
            });
            if (Boolean.TRUE.equals(claimed)) {
                done++;
            } else {
                already++;
            }
        }
        return new Outcome(done, already, List.of(), List.of());
    }

    Outcome dismiss(List<Long> ids, String user) {
        int done = 0;
        int already = 0;
        for (long id : ids) {
            if (Boolean.TRUE.equals(claim(id, i -> true, i -> i.dismiss(user, clock.instant())))) {
                done++;
            } else {
                already++;
            }
        }
        return new Outcome(done, already, List.of(), List.of());
    }

    /**
     * Answers with a saved reply on the platform; the first automatic reply to the person carries the
     * privacy notice. Claimed first, so a double click posts once; a refused post returns it to the inbox.
     */
    Outcome answer(List<Long> ids, long savedReplyId, String user) {
        SavedReply reply = savedReplies().stream()
                .filter(r -> r.id() == savedReplyId)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("balasan", "pilih balasan tersimpan"));
        int done = 0;
        int already = 0;
        List<String> problems = new ArrayList<>();
        for (long id : ids) {
            if (!Boolean.TRUE.equals(claim(id, i -> true, i -> i.answering(user, clock.instant())))) {
                already++;
                continue;
            }
            Interaction i = interactions.findById(id).orElseThrow();
            boolean notice = notices.due(i.getPlatform(), i.getSenderId());
            String text = notice
                    ? notices.withNotice(i.getPlatform(), i.getSenderId(), reply.body(), limit(i))
                    : reply.body();
            try {
                String posted = platforms.post(new PlatformReplies.Reply(
                        i.getPlatform(), i.getAccountId(), i.getPlatformMessageId(), i.getSenderId(), text));
                tx.executeWithoutResult(
                        s -> interactions.findById(id).orElseThrow().answered(posted));
                if (notice) {
                    notices.sent(i.getPlatform(), i.getSenderId());
                }
                done++;
            } catch (RuntimeException refused) {
                log.warn(
                        "the answer to interaction {} was not posted on {}: {}",
                        id,
                        i.getPlatform(),
                        refused.getMessage());
                tx.executeWithoutResult(
                        s -> interactions.findById(id).orElseThrow().reopen());
                problems.add(
                        "Jawaban untuk pesan #" + id + " gagal dikirim ke " + i.getPlatform() + "; coba lagi nanti.");
            }
        }
        return new Outcome(done, already, List.of(), problems);
    }

    /** The longest reply the platform takes where the interaction is (an X reply tweet: 280 characters). */
    static int limit(Interaction i) {
        boolean direct = i.isDirectMessage();
        return switch (i.getPlatform()) {
            case "X" -> direct ? 10000 : 280;
            case "INSTAGRAM" -> 1000;
            default -> 2000;
        };
    }

    /**
     * Applies a decision to an undecided interaction in its own transaction. @return true when this call
     * decided it, false when it was decided already (by an earlier click or someone else at the same moment)
     */
    private Boolean claim(long id, Predicate<Interaction> allowed, java.util.function.Consumer<Interaction> decide) {
        try {
            return tx.execute(s -> {
                Interaction i = interactions
                        .findById(id)
                        .orElseThrow(() -> InvalidInputException.of("ids", "pesan tidak ditemukan"));
                if (!i.undecided() || !allowed.test(i)) {
                    return false;
                }
                decide.accept(i);
                interactions.saveAndFlush(i);
                return true;
            });
        } catch (OptimisticLockingFailureException raced) {
            return false;
        }
    }
}
