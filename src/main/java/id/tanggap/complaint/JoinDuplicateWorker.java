package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code joinDuplicate}: Diskominfo confirmed in triage that the report repeats another case. It joins
 * that case (visible there, its text reaches the OPD) and closes while the case runs; its process then
 * waits for the case to end. A case that is unknown, resolved or already ended takes no new reports: the
 * report is told so at once and goes back to triage as a case of its own.
 */
@Component
public class JoinDuplicateWorker {

    private final CaseSteps steps;

    JoinDuplicateWorker(CaseSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "joinDuplicate")
    public void joinDuplicate(ActivatedJob job, @Variable long complaintId, @Variable String duplicateOfTicket) {
        steps.joinDuplicate(JobStep.of(job), complaintId, duplicateOfTicket);
    }
}
