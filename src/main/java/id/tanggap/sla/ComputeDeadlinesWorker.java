package id.tanggap.sla;

import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.ProcessDates;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code computeDeadlines}: turns named limits from the service-level DMN into due dates counted on
 * the working calendar, from the engine's time ({@code from = now()} in the BPMN). Pure: the same
 * job gives the same answer however often it is delivered.
 */
@Component
public class ComputeDeadlinesWorker {

    public record Deadlines(Map<String, String> deadlines, Map<String, String> labels) {}

    private final WorkingCalendar calendar;
    private final TanggapProperties properties;

    ComputeDeadlinesWorker(WorkingCalendar calendar, TanggapProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    @JobWorker(type = "computeDeadlines")
    public Deadlines computeDeadlines(@Variable String from, @Variable Map<String, String> limits) {
        Instant start = ProcessDates.parse(from);
        Map<String, String> deadlines = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        limits.forEach((name, limit) -> {
            Instant due = calendar.add(start, limit, properties.zone());
            deadlines.put(
                    name,
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            due.atZone(properties.zone()).toOffsetDateTime()));
            labels.put(name, IndonesianDates.longDateTime(due, properties.zone()));
        });
        return new Deadlines(deadlines, labels);
    }
}
