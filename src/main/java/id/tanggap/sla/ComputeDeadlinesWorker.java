package id.tanggap.sla;

import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code computeDeadlines}: turns named limits from the service-level DMN into due dates counted on
 * the working calendar, from the engine's time ({@code from = now()} in the BPMN). Pure: the same
 * job gives the same answer however often it is delivered.
 */
@Component
public class ComputeDeadlinesWorker {

    /** from: the engine's time; limits: name → ISO duration (days are working days). */
    public record Limits(String from, Map<String, String> limits) {}

    public record Deadlines(Map<String, String> deadlines, Map<String, String> labels) {}

    private final ServiceLevels serviceLevels;

    ComputeDeadlinesWorker(ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
    }

    @JobWorker(type = "computeDeadlines")
    public Deadlines computeDeadlines(@VariablesAsType Limits limits) {
        return serviceLevels.deadlines(ProcessDates.parse(limits.from()), limits.limits());
    }
}
