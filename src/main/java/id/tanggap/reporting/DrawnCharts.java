package id.tanggap.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The chart figures a dashboard page was just drawn from, kept for a minute for the page's five chart images.
 *
 * <p>Why: a browser that opens the dashboard asks for the page and then for five PNG charts. Each chart read the
 * figures again (seven queries, the open-case ones over the whole history), so one visit cost six times the page's
 * charts query, and a chart could show other numbers than the table under it if a case changed in between. Now the
 * images are drawn from the figures the page showed. The key is the period and the OPD filter after the access check,
 * so a user only ever reaches figures they were allowed to read; a chart asked for without a page before it (or more
 * than a minute later) reads its figures itself.
 */
@Component
class DrawnCharts {

    static final Duration KEPT = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 256;

    private record Entry(ReportReadModel.Charts charts, Instant drawnAt) {}

    private final Map<DashboardController.Period, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    DrawnCharts(Clock clock) {
        this.clock = clock;
    }

    /** The page drew these figures now. */
    void drawn(DashboardController.Period key, ReportReadModel.Charts charts) {
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !fresh(e, now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(charts, now));
    }

    /** The figures a page drew for {@code key} in the last minute, else those {@code read} returns now. */
    ReportReadModel.Charts forImage(DashboardController.Period key, Supplier<ReportReadModel.Charts> read) {
        Entry entry = entries.get(key);
        return entry != null && fresh(entry, clock.instant()) ? entry.charts() : read.get();
    }

    int size() {
        return entries.size();
    }

    private static boolean fresh(Entry entry, Instant now) {
        return entry.drawnAt().plus(KEPT).isAfter(now);
    }
}
