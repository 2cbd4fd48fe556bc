package id.tanggap.sla;

import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.TanggapProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/** Named service-level limits turned into due dates on the working calendar, for the process and for people. */
@Component
class ServiceLevels {

    private final WorkingCalendar calendar;
    private final TanggapProperties properties;

    ServiceLevels(WorkingCalendar calendar, TanggapProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    ComputeDeadlinesWorker.Deadlines deadlines(Instant from, Map<String, String> limits) {
        ZoneId zone = properties.zone();
        return deadlines(from, limits, zone, (start, limit) -> calendar.add(start, limit, zone));
    }

    /**
     * Each limit's due date as the process reads it (ISO with the region's offset) and as people read it
     * (Indonesian long date), in the order the limits came.
     */
    static ComputeDeadlinesWorker.Deadlines deadlines(
            Instant from, Map<String, String> limits, ZoneId zone, BiFunction<Instant, String, Instant> add) {
        Map<String, String> deadlines = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        limits.forEach((name, limit) -> {
            Instant due = add.apply(from, limit);
            deadlines.put(
                    name,
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            due.atZone(zone).toOffsetDateTime()));
            labels.put(name, IndonesianDates.longDateTime(due, zone));
        });
        return new ComputeDeadlinesWorker.Deadlines(deadlines, labels);
    }
}
