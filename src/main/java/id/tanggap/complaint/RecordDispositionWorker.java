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
            String region,
            String urgency) {}

    /** Names for the OPD's task forms, which show no codes (issue 19); set again on every (re-)disposition. */
    public record Labels(String categoryLabel, String urgencyLabel, String opdName) {}

    private final CaseSteps steps;

    RecordDispositionWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "recordDisposition")
    public java.util.Map<String, Object> recordDisposition(ActivatedJob job, @VariablesAsType Disposed disposition) {
        return steps.recordDisposition(JobStep.of(job), disposition);
    }
}
