package id.tanggap.complaint;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every case worker does: change the case in one transaction and note the step on its
 * timeline once per element instance, so a redelivered job changes nothing twice.
 */
@Component
public class CaseUpdates {

    private final ComplaintRepository complaints;
    private final Timeline timeline;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseUpdates(
            ComplaintRepository complaints,
            Timeline timeline,
            TransactionTemplate tx,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.complaints = complaints;
        this.timeline = timeline;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Applies a change to the case in its own transaction. Workers and people change the same case
     * at nearly the same moment (an escalation while the OPD answers); a change that lost such a race
     * is read again and re-applied, a few times, before the job fails.
     */
    public <T> T update(long complaintId, BiFunction<Complaint, Instant, T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    Complaint complaint = load(complaintId);
                    boolean wasOpen = complaint.isOpen();
                    T result = change.apply(complaint, clock.instant());
                    if (wasOpen
                            && !complaint.isOpen()
                            && !complaint.getClosure().asDuplicate()) {
                        // stored with the change (Modulith's publication registry): whoever listens hears it once it
                        // commits
                        events.publishEvent(
                                new CaseEnded(complaint.getId(), complaint.getTicket(), complaint.getStatus()));
                    }
                    return result;
                });
            } catch (OptimisticLockingFailureException | PessimisticLockingFailureException race) {
                if (attempt >= 5) {
                    throw race;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw race;
                }
            }
        }
    }

    public Complaint load(long complaintId) {
        return complaints
                .findById(complaintId)
                .orElseThrow(() -> new IllegalStateException("no complaint with id " + complaintId));
    }

    /** A timeline entry for the job's step; the actor is a role or an OPD, never a person. */
    public void note(
            Complaint complaint, ActivatedJob job, ComplaintStatus status, Instant at, String actor, String note) {
        note(complaint, JobStep.of(job), status, at, actor, note);
    }

    /** A timeline entry for the step, noted once however often its job is delivered. */
    public void note(Complaint complaint, JobStep step, ComplaintStatus status, Instant at, String actor, String note) {
        timeline.record(complaint, step.key(), status, at, actor, note);
    }

    public Instant now() {
        return clock.instant();
    }
}
