package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code recordDisposition}: stores the OPD routing chose, its officials and the deadlines on the case,
 * and for a complaint about an OPD's own official, which OPD that is (so that OPD never sees it).
 */
@Component
public class RecordDispositionWorker {

    /** aboutOwnOfficial, assignedOpd, category and region are triage's and routing's inputs (may be absent). */
    public record Disposed(
            long complaintId,
            String opdCode,
            String officialNip,
            String headNip,
            String responseDueDate,
            String resolutionDueDate,
            Boolean aboutOwnOfficial,
            String assignedOpd,
            String category,
            String region) {}

    private final CaseSteps steps;

    RecordDispositionWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "recordDisposition")
    public void recordDisposition(ActivatedJob job, @VariablesAsType Disposed disposition) {
        steps.recordDisposition(JobStep.of(job), disposition);
    }
}
