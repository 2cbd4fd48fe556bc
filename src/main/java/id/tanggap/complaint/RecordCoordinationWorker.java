package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code recordCoordination}: the case is now worked jointly with the supporting OPDs. */
@Component
public class RecordCoordinationWorker {

    public record Coordination(
            long complaintId,
            List<String> supportingOpds,
            String opdCode,
            String coordinationDueLabel,
            String coordinationDueDate) {}

    private final CaseSteps steps;

    RecordCoordinationWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "recordCoordination")
    public java.util.Map<String, Object> recordCoordination(
            ActivatedJob job, @VariablesAsType Coordination coordination) {
        return steps.recordCoordination(JobStep.of(job), coordination);
    }
}
