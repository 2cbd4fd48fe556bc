package id.tanggap.sla;

import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code computeDeadlines}: turns named limits from the service-level DMN into due dates counted on
 * the working calendar, from the engine's time ({@code from = now()} in the BPMN). Pure: the same
 * job gives the same answer however often it is delivered. Element template compute-deadlines: {@code from} and
 * {@code limits} are the step's inputs. A limit that is not an ISO-8601 duration (or no limits, or no start) is
 * the BPMN error INVALID_LIMIT: the model is wrong, retrying cannot help.
 */
@Component
public class ComputeDeadlinesWorker {

    public static final String INVALID_LIMIT = "INVALID_LIMIT";

    /** from: the engine's time; limits: name → ISO duration (days are working days). */
    public record Limits(String from, Map<String, String> limits) {}

    public record Deadlines(Map<String, String> deadlines, Map<String, String> labels) {

        /**
         * As the steps that count deadlines beside their own work return them: each limit {@code x} as the variables
         * {@code xDate} (ISO, for timers and due dates) and {@code xLabel} (Indonesian, for people).
         */
        public Map<String, Object> asVariables() {
            Map<String, Object> variables = new java.util.LinkedHashMap<>();
            deadlines.forEach((name, at) -> variables.put(name + "Date", at));
            labels.forEach((name, label) -> variables.put(name + "Label", label));
            return variables;
        }
    }

    private final ServiceLevels serviceLevels;

    ComputeDeadlinesWorker(ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
    }

    /**
     * For the steps that count deadlines beside their own work (registerComplaint, recordDisposition): each limit
     * {@code x} as {@code xDate} and {@code xLabel}, checked as this job checks them; nothing without limits (an
     * instance of a model version that counted them in a step of its own).
     */
    public Map<String, Object> countedBeside(String from, Map<String, String> limits) {
        return limits == null
                ? Map.of()
                : computeDeadlines(new Limits(from, limits)).asVariables();
    }

    @JobWorker(type = "computeDeadlines")
    public Deadlines computeDeadlines(@VariablesAsType Limits limits) {
        if (limits.from() == null
                || limits.from().isBlank()
                || limits.limits() == null
                || limits.limits().isEmpty()
                || limits.limits().containsValue(null)) {
            throw CamundaError.bpmnError(
                    INVALID_LIMIT, "computeDeadlines needs the inputs from and limits (name: ISO-8601 duration)");
        }
        try {
            return serviceLevels.deadlines(ProcessDates.parse(limits.from()), limits.limits());
        } catch (DateTimeParseException e) {
            throw CamundaError.bpmnError(
                    INVALID_LIMIT, "limits " + limits.limits() + " from " + limits.from() + ": " + e.getMessage());
        }
    }
}
