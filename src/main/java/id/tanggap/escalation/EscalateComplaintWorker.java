package id.tanggap.escalation;

import id.tanggap.complaint.JobStep;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code escalateComplaint}: a deadline passed. E-mails the people escalation-ladder.dmn names for
 * this level (OFFICIAL, HEAD, SEKDA, GOVERNOR_OFFICE, DISKOMINFO_HEAD, SUPPORTING_OPD_HEAD) and
 * records the escalation on the case and its timeline. Each recipient is e-mailed once per timer; kind
 * TRIAGE (Diskominfotik did not verify within 3 working days) once per case. Kind TASK reminds of an
 * internal step (hoax clarification, authority decision, closure verification...) named by {@code taskName}.
 */
@Component
public class EscalateComplaintWorker {

    /** recipients: comma-separated roles; the rest depends on the kind and may be absent. */
    public record Overdue(
            long complaintId,
            int escalationLevel,
            String escalationKind,
            String recipients,
            String officialNip,
            String headNip,
            String supportingOpd,
            String triageDueDate,
            String coordinationDueDate,
            String escalatedAt,
            String taskName) {}

    public record Escalated(int escalationLevel, List<String> escalatedTo) {}

    private final Escalations escalations;

    EscalateComplaintWorker(Escalations escalations) {
        this.escalations = escalations;
    }

    @JobWorker(type = "escalateComplaint")
    public Escalated escalateComplaint(ActivatedJob job, @VariablesAsType Overdue overdue) {
        return escalations.escalate(JobStep.of(job), overdue);
    }
}
