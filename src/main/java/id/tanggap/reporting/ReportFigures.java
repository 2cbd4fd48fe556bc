package id.tanggap.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The figures of one reporting period (point 6), all computed by SQL aggregation. */
public record ReportFigures(LocalDate from, LocalDate to, int received, int responded, int respondedWithinSla, int resolved, int overdue,
                            List<OpdFigures> opds, Map<String, Integer> byChannel, Map<String, Integer> byCategory,
                            List<String> overdueTickets, int accountChecks, int compliantChecks) {

    /** Per OPD; medians in minutes (first response) and hours (resolution), null when there is nothing to measure. */
    public record OpdFigures(String opdCode, String opdName, int received, int verified, int responded, int respondedWithinSla,
                             Double medianFirstResponseMinutes, Double medianResolutionHours, int resolved, int overdue,
                             int escalationsLevel1, int escalationsLevel2, int escalationsLevel3, int crossSector, int reopened,
                             Double averageRating) {

        public double slaPercent() {
            return responded == 0 ? 0 : 100.0 * respondedWithinSla / responded;
        }
    }

    public double slaPercent() {
        return responded == 0 ? 0 : 100.0 * respondedWithinSla / responded;
    }
}
