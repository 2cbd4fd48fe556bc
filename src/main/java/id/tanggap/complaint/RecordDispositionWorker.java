package id.tanggap.complaint;

import id.tanggap.routing.Opd;
import id.tanggap.routing.OpdRepository;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.ProcessDates;
import id.tanggap.shared.TanggapProperties;
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
    private final TanggapProperties properties;

    RecordDispositionWorker(ComplaintRepository complaints, OpdRepository opds, Timeline timeline, TransactionTemplate tx, Clock clock,
                            TanggapProperties properties) {
        this.properties = properties;
        this.complaints = complaints;
        this.opds = opds;
        this.timeline = timeline;
        this.tx = tx;
        this.clock = clock;
    }

    /** The deadline as the OPD's form shows it. */
    public record DispositionRecorded(String responseDueLabel) {}

    @JobWorker(type = "recordDisposition")
    public DispositionRecorded recordDisposition(ActivatedJob job, @Variable long complaintId, @Variable String opdCode,
                                  @Variable String officialNip, @Variable String responseDueDate) {
        return tx.execute(status -> {
            Complaint complaint = complaints.findById(complaintId)
                    .orElseThrow(() -> new IllegalStateException("no complaint with id " + complaintId));
            Opd opd = opds.findById(opdCode)
                    .orElseThrow(() -> new IllegalStateException("routing chose OPD " + opdCode + ", which is not registered"));
            Instant now = clock.instant();
            Instant due = ProcessDates.parse(responseDueDate);
            complaint.dispositionTo(opd.getCode(), officialNip, due, now);
            timeline.record(complaint, "disposition:" + job.getElementInstanceKey(), ComplaintStatus.DIDISPOSISI, now,
                    "Diskominfotik", "Diteruskan ke " + opd.getName());
            return new DispositionRecorded(IndonesianDates.longDateTime(due, properties.zone()));
        });
    }
}
