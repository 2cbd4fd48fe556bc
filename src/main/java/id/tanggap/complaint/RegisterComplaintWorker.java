package id.tanggap.complaint;

import id.tanggap.sla.ComputeDeadlinesWorker;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code registerComplaint}: links the stored case to its process instance and hands the process
 * what routing and the OPD's task need. The reporter's identity never enters the process.
 */
@Component
public class RegisterComplaintWorker {

    /**
     * reportedCategory: the category as reported, kept when triage changes {@code category}.
     * suggestedDuplicate*: the open case intake found this report probably repeats, shown in triage for
     * Diskominfo to confirm or reject (null when there is none); duplicateOfTicket starts as that suggestion.
     * evidenceUploadUrl: the page where the OPD uploads its photo evidence, linked from the resolve form. The
     * task has no output mappings, so these reach the process as they are (the model's start event gives the
     * ones that may stay empty their null).
     */
    public record RegisteredComplaint(
            String ticket,
            String category,
            String reportedCategory,
            String complaintText,
            String channel,
            String region,
            String suggestedDuplicateTicket,
            String suggestedDuplicateCategory,
            String suggestedDuplicateText,
            String duplicateOfTicket,
            String evidenceUploadUrl) {}

    private final CaseSteps steps;
    private final ComputeDeadlinesWorker deadlines;

    RegisterComplaintWorker(CaseSteps steps, ComputeDeadlinesWorker deadlines) {
        this.steps = steps;
        this.deadlines = deadlines;
    }

    /**
     * With the inputs {@code from} and {@code limits} (as computeDeadlines takes them: the triage limit of the
     * model), the same job also returns each limit {@code x} as {@code xDate} and {@code xLabel} ({@link
     * ComputeDeadlinesWorker#countedBeside}), as recordDisposition does: the triage deadline is counted in the
     * registration's round trip instead of a job of its own on every case's path. The limits are checked before the
     * case is touched, so a wrong limit (the BPMN error INVALID_LIMIT) changes nothing.
     */
    @JobWorker(type = "registerComplaint")
    public Map<String, Object> registerComplaint(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable(optional = true) String from,
            @Variable(optional = true) Map<String, String> limits) {
        Map<String, Object> due = deadlines.countedBeside(from, limits); // checked before the case is touched
        Map<String, Object> result = new LinkedHashMap<>(steps.register(JobStep.of(job), complaintId));
        result.putAll(due);
        return result;
    }
}
