package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code reopenComplaint}: the complainant rated the result 2 or less; the case goes back to the OPD once. */
@Component
public class ReopenComplaintWorker {

    public record Reopened(int reopenCount) {}

    private final CaseUpdates cases;

    ReopenComplaintWorker(CaseUpdates cases) {
        this.cases = cases;
    }

    @JobWorker(type = "reopenComplaint")
    public Reopened reopenComplaint(
            ActivatedJob job, @Variable long complaintId, @Variable int reopenCount, @Variable int rating) {
        int count = reopenCount + 1;
        cases.update(complaintId, (complaint, now) -> {
            complaint.reopened(count, now);
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.DIPROSES,
                    now,
                    "Pelapor",
                    "Dibuka kembali: pelapor memberi nilai " + rating + " dari 5");
            return null;
        });
        return new Reopened(count);
    }
}
