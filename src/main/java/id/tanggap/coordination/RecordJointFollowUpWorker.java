package id.tanggap.coordination;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.routing.Opds;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code recordJointFollowUp}: the lead OPD consolidated the contributions into one joint follow-up. */
@Component
public class RecordJointFollowUpWorker {

    private final CaseUpdates cases;
    private final Opds opds;

    RecordJointFollowUpWorker(CaseUpdates cases, Opds opds) {
        this.cases = cases;
        this.opds = opds;
    }

    @JobWorker(type = "recordJointFollowUp")
    public void recordJointFollowUp(
            ActivatedJob job, @Variable long complaintId, @Variable String opdCode, @Variable String jointFollowUp) {
        String lead = opds.nameOf(opdCode);
        cases.update(complaintId, (complaint, now) -> {
            complaint.jointFollowUp(jointFollowUp, now);
            cases.note(complaint, job, ComplaintStatus.DIPROSES, now, lead, "Tindak lanjut bersama: " + jointFollowUp);
            return null;
        });
    }
}
