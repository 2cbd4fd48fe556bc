package id.tanggap.complaint;

import id.tanggap.routing.OpdRepository;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code recordResponse}: stores the OPD's response and the link to its public reply on the case. */
@Component
public class RecordResponseWorker {

    private final ComplaintRepository complaints;
    private final OpdRepository opds;
    private final Timeline timeline;
    private final TransactionTemplate tx;
    private final Clock clock;

    RecordResponseWorker(ComplaintRepository complaints, OpdRepository opds, Timeline timeline, TransactionTemplate tx, Clock clock) {
        this.complaints = complaints;
        this.opds = opds;
        this.timeline = timeline;
        this.tx = tx;
        this.clock = clock;
    }

    @JobWorker(type = "recordResponse")
    public void recordResponse(ActivatedJob job, @Variable long complaintId, @Variable String responseText,
                               @Variable String publicReplyUrl) {
        tx.executeWithoutResult(status -> {
            Complaint complaint = complaints.findById(complaintId)
                    .orElseThrow(() -> new IllegalStateException("no complaint with id " + complaintId));
            Instant now = clock.instant();
            complaint.respond(responseText, publicReplyUrl, now);
            String actor = complaint.getOpdCode() == null ? "OPD"
                    : opds.findById(complaint.getOpdCode()).map(o -> o.getName()).orElse(complaint.getOpdCode());
            timeline.record(complaint, "response:" + job.getElementInstanceKey(), ComplaintStatus.SELESAI, now, actor,
                    "Tanggapan OPD telah disampaikan");
        });
    }
}
