package id.tanggap.complaint;

import id.tanggap.routing.Opd;
import id.tanggap.routing.OpdRepository;
import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code recordDisposition}: stores the OPD that routing chose and the response deadline on the case. */
@Component
public class RecordDispositionWorker {

    private final ComplaintRepository complaints;
    private final OpdRepository opds;
    private final Timeline timeline;
    private final TransactionTemplate tx;
    private final Clock clock;

    RecordDispositionWorker(ComplaintRepository complaints, OpdRepository opds, Timeline timeline, TransactionTemplate tx, Clock clock) {
        this.complaints = complaints;
        this.opds = opds;
        this.timeline = timeline;
        this.tx = tx;
        this.clock = clock;
    }

    @JobWorker(type = "recordDisposition")
    public void recordDisposition(ActivatedJob job, @Variable long complaintId, @Variable String opdCode,
                                  @Variable String officialNip, @Variable String responseDueDate) {
        tx.executeWithoutResult(status -> {
            Complaint complaint = complaints.findById(complaintId)
                    .orElseThrow(() -> new IllegalStateException("no complaint with id " + complaintId));
            Opd opd = opds.findById(opdCode)
                    .orElseThrow(() -> new IllegalStateException("routing chose OPD " + opdCode + ", which is not registered"));
            Instant now = clock.instant();
            complaint.dispositionTo(opd.getCode(), officialNip, ProcessDates.parse(responseDueDate), now);
            timeline.record(complaint, "disposition:" + job.getElementInstanceKey(), ComplaintStatus.DIDISPOSISI, now,
                    "Diskominfotik", "Diteruskan ke " + opd.getName());
        });
    }
}
