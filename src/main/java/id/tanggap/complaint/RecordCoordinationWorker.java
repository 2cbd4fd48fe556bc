package id.tanggap.complaint;

import id.tanggap.routing.Opds;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code recordCoordination}: the case is now worked jointly with the supporting OPDs. */
@Component
public class RecordCoordinationWorker {

    private final CaseUpdates cases;
    private final Opds opds;

    RecordCoordinationWorker(CaseUpdates cases, Opds opds) {
        this.cases = cases;
        this.opds = opds;
    }

    @JobWorker(type = "recordCoordination")
    public void recordCoordination(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable List<String> supportingOpds,
            @Variable String opdCode,
            @Variable String coordinationDueLabel) {
        String names =
                supportingOpds.stream().map(code -> opds.shortNameOf(code)).collect(Collectors.joining(", "));
        String lead = opds.nameOf(opdCode);
        cases.update(complaintId, (complaint, now) -> {
            complaint.coordinating(now);
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.KOORDINASI,
                    now,
                    lead,
                    "Koordinasi lintas OPD dengan " + names + ", tenggat bersama " + coordinationDueLabel);
            return null;
        });
    }
}
