package id.tanggap.complaint;

import id.tanggap.officials.ResponsibleOfficials;
import id.tanggap.sla.ComputeDeadlinesWorker;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code recordDisposition}: stores the OPD routing chose, its officials and the deadlines on the case,
 * and for a complaint about an OPD's own official, which OPD that is (so that OPD never sees it).
 *
 * <p>In the same job it resolves who holds the position routing chose today ({@link ResponsibleOfficials}: {@code
 * officialNip}, {@code headNip}) and, given the inputs {@code from} and {@code limits} (the service level the
 * DMN chose, as computeDeadlines takes them), counts the deadlines, returned as {@code <limit>Date} and {@code
 * <limit>Label} ({@code responseDue} gives {@code responseDueDate} and {@code responseDueLabel}). Each of those was a
 * job of its own on every case's path to the official's e-mail; one round trip does them now. Without
 * {@code limits} (instances of earlier versions, which computed them in a step before) the deadlines are read from
 * the variables {@code responseDueDate} and {@code resolutionDueDate}.
 */
@Component
public class RecordDispositionWorker {

    /**
     * aboutOwnOfficial, assignedOpd, category and region are triage's and routing's inputs (may be absent); position
     * is routing's; from and limits the step's inputs.
     */
    public record Disposed(
            long complaintId,
            String opdCode,
            String position,
            String officialNip,
            String headNip,
            String responseDueDate,
            String resolutionDueDate,
            Boolean aboutOwnOfficial,
            String assignedOpd,
            String category,
            String region,
            String urgency,
            String from,
            Map<String, String> limits) {

        Disposed to(ResponsibleOfficials.Resolved holder, String responseDue, String resolutionDue) {
            return new Disposed(
                    complaintId,
                    opdCode,
                    position,
                    holder.officialNip(),
                    holder.headNip(),
                    responseDue,
                    resolutionDue,
                    aboutOwnOfficial,
                    assignedOpd,
                    category,
                    region,
                    urgency,
                    from,
                    limits);
        }
    }

    /** Names for the OPD's task forms, which show no codes (issue 19); set again on every (re-)disposition. */
    public record Labels(String categoryLabel, String urgencyLabel, String opdName) {}

    private final CaseSteps steps;
    private final ResponsibleOfficials holders;
    private final ComputeDeadlinesWorker deadlines;

    RecordDispositionWorker(CaseSteps steps, ResponsibleOfficials holders, ComputeDeadlinesWorker deadlines) {
        this.steps = steps;
        this.holders = holders;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "recordDisposition")
    public Map<String, Object> recordDisposition(ActivatedJob job, @VariablesAsType Disposed disposition) {
        Map<String, Object> due = deadlines.countedBeside(disposition.from(), disposition.limits());
        ResponsibleOfficials.Resolved holder = holders.resolve(disposition.opdCode(), disposition.position());
        Map<String, Object> result = new LinkedHashMap<>(steps.recordDisposition(
                JobStep.of(job),
                disposition.to(
                        holder, (String) due.getOrDefault("responseDueDate", disposition.responseDueDate()), (String)
                                due.getOrDefault("resolutionDueDate", disposition.resolutionDueDate()))));
        result.putAll(due);
        result.put("officialNip", holder.officialNip());
        result.put("headNip", holder.headNip());
        return result;
    }
}
