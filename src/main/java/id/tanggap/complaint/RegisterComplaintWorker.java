package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code registerComplaint}: links the stored case to its process instance and hands the process
 * what routing and the OPD's task need. The reporter's identity never enters the process.
 */
@Component
public class RegisterComplaintWorker {

    /**
     * suggestedDuplicate*: the open case intake found this report probably repeats, shown in triage for
     * Diskominfo to confirm or reject (null when there is none).
     */
    public record RegisteredComplaint(
            String ticket,
            String category,
            String complaintText,
            String channel,
            String region,
            String suggestedDuplicateTicket,
            String suggestedDuplicateCategory,
            String suggestedDuplicateText) {}

    private final ComplaintRepository complaints;
    private final TransactionTemplate tx;
    private final Clock clock;

    RegisterComplaintWorker(ComplaintRepository complaints, TransactionTemplate tx, Clock clock) {
        this.complaints = complaints;
        this.tx = tx;
        this.clock = clock;
    }

    @JobWorker(type = "registerComplaint")
    public RegisteredComplaint registerComplaint(ActivatedJob job, @Variable long complaintId) {
        return tx.execute(status -> {
            Complaint complaint = complaints
                    .findById(complaintId)
                    .orElseThrow(() -> new IllegalStateException("no complaint with id " + complaintId));
            complaint.registeredIn(job.getProcessInstanceKey(), clock.instant());
            Complaint suggested = complaint.getSuggestedDuplicateOfId() == null
                    ? null
                    : complaints.findById(complaint.getSuggestedDuplicateOfId()).orElse(null);
            return new RegisteredComplaint(
                    complaint.getTicket(),
                    complaint.getCategoryCode(),
                    complaint.getBody(),
                    complaint.getChannel().name(),
                    complaint.getRegion(),
                    suggested == null ? null : suggested.getTicket(),
                    suggested == null ? null : suggested.getCategoryCode(),
                    suggested == null ? null : suggested.getBody());
        });
    }
}
