package id.tanggap.complaint;

import id.tanggap.process.EngineGateway;
import java.time.Duration;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports Diskominfo joined to a case wait in their own process until that case ends. When it
 * ends, each of them is told (message {@value #MESSAGE}, correlated by the report's ticket): a case
 * closed after handling takes its joined reports with it, a case that ends as hoax or forwarded
 * sends them back to triage. Told by the {@link CaseEnded} event of the change that ends a case.
 */
@Component
public class JoinedReports {

    static final String MESSAGE = "primary-case-ended";

    /**
     * Long enough to bridge the moment between a join being stored and its process waiting for the
     * message; a report whose case ended before it could join is handled by the join worker itself.
     */
    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

    private final ComplaintRepository complaints;
    private final EngineGateway engine;
    private final TransactionTemplate tx;

    JoinedReports(ComplaintRepository complaints, EngineGateway engine, TransactionTemplate tx) {
        this.complaints = complaints;
        this.engine = engine;
        this.tx = tx;
    }

    /** Every ended case takes its joined reports along (closed with it, or back to triage). */
    @ApplicationModuleListener
    void on(CaseEnded ended) {
        caseEnded(ended.caseId());
    }

    /** The case has ended (its final state is stored): every report joined to it follows. Idempotent. */
    public void caseEnded(long caseId) {
        tx.executeWithoutResult(status -> {
            Complaint primary = complaints
                    .findById(caseId)
                    .orElseThrow(() -> new IllegalStateException("no complaint with id " + caseId));
            for (Complaint report : complaints.findByDuplicateOfIdOrderByIdAsc(caseId)) {
                tell(report.getTicket(), primary.getTicket(), primary.getStatus(), "ended");
            }
        });
    }

    /**
     * Tells one joined report's process that its case ended (or cannot be joined); {@code occasion} makes
     * the message id unique per occasion, and an id already known counts as sent.
     */
    void tell(String reportTicket, String primaryTicket, ComplaintStatus primaryStatus, String occasion) {
        // through the engine outbox: sent once the caller's change is committed, retried while the engine is away
        tx.executeWithoutResult(status -> engine.publishLater(
                MESSAGE,
                reportTicket,
                MESSAGE + ":" + reportTicket + ":" + primaryTicket + ":" + occasion,
                Map.of("primaryTicket", primaryTicket, "primaryStatus", primaryStatus.name()),
                TIME_TO_LIVE));
    }
}
