package id.tanggap.complainantnotice;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.complaint.PublicChange;
import id.tanggap.lapor.LaporStatusReports;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that turns a public change of a case into its complainant's notice: told by {@link PublicChange}
 * after the change committed (Modulith's publication registry hands it over again after a crash), it records the
 * notice once per case and change (a second delivery finds the row and sends nothing) and has it sent.
 */
@Component
class ComplainantNotices {

    private static final Logger log = LoggerFactory.getLogger(ComplainantNotices.class);

    private final Complaints complaints;
    private final ComplainantNoticeRepository notices;
    private final NoticeDispatcher dispatcher;
    private final SmsGateway sms;
    private final LaporStatusReports lapor;
    private final TransactionTemplate tx;
    private final Clock clock;

    ComplainantNotices(
            Complaints complaints,
            ComplainantNoticeRepository notices,
            NoticeDispatcher dispatcher,
            SmsGateway sms,
            LaporStatusReports lapor,
            TransactionTemplate tx,
            Clock clock) {
        this.complaints = complaints;
        this.notices = notices;
        this.dispatcher = dispatcher;
        this.sms = sms;
        this.lapor = lapor;
        this.tx = tx;
        this.clock = clock;
    }

    /** Not in the listener's own transaction: the platform is called only after the notice's row committed. */
    @Async
    @TransactionalEventListener
    void on(PublicChange change) {
        Long id = record(change).orElse(null);
        if (id != null) {
            dispatcher.dispatch(id);
        }
    }

    /** @return the notice to send now, if this change has one that this module sends */
    Optional<Long> record(PublicChange change) {
        NoticeKind kind = NoticeKind.of(change).orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        Complaint c = complaints.byId(change.complaintId()).orElse(null);
        if (c == null) {
            return Optional.empty();
        }
        NoticeRoutes.Plan plan = NoticeRoutes.plan(recipient(c), kind, sms.configured(), lapor.configured());
        ComplainantNotice.State state = plan.delegatedTo() != null
                ? ComplainantNotice.State.DELEGATED
                : plan.route() == Route.TRACKING_PAGE
                        ? ComplainantNotice.State.TRACKING_PAGE
                        : ComplainantNotice.State.PENDING;
        try {
            Long id = tx.execute(status -> {
                if (notices.existsByComplaintIdAndChangeKey(c.getId(), change.eventKey())) {
                    return null; // a redelivered change
                }
                return notices.saveAndFlush(new ComplainantNotice(
                                c.getId(),
                                change.eventKey(),
                                kind,
                                change.status(),
                                change.note(),
                                plan.route(),
                                state,
                                plan.delegatedTo(),
                                clock.instant()))
                        .getId();
            });
            if (id != null) {
                log.info("case {}: {} notice by {} ({})", c.getTicket(), kind, plan.route(), state);
            }
            return state == ComplainantNotice.State.PENDING ? Optional.ofNullable(id) : Optional.empty();
        } catch (DataIntegrityViolationException recordedConcurrently) {
            return Optional.empty();
        }
    }

    static NoticeRoutes.Recipient recipient(Complaint c) {
        return new NoticeRoutes.Recipient(
                c.getChannel(),
                c.getExternalId(),
                c.isAnonymous(),
                c.getReporterContact(),
                c.getChannelAccountId(),
                c.getChannelSenderId());
    }
}
