package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code recordVerification}: Diskominfo found the complaint valid; its category, urgency and type are stored as corrected. */
@Component
public class RecordVerificationWorker {

    private final CaseUpdates cases;

    RecordVerificationWorker(CaseUpdates cases) {
        this.cases = cases;
    }

    @JobWorker(type = "recordVerification")
    public void recordVerification(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String category,
            @Variable String urgency,
            @Variable String complaintType) {
        cases.update(complaintId, (complaint, now) -> {
            complaint.verified(category, urgency, complaintType, now);
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.DIVERIFIKASI,
                    now,
                    "Diskominfotik",
                    "Aduan diverifikasi dan akan didisposisikan");
            return null;
        });
    }
}
