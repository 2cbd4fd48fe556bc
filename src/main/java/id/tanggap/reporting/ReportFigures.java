package id.tanggap.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The figures of one reporting period (point 6), all computed by SQL aggregation. */
public record ReportFigures(
        LocalDate from,
        LocalDate to,
        int received,
        int responded,
        int respondedWithinSla,
        int resolved,
        int overdue,
        List<OpdFigures> opds,
        Map<String, Integer> byChannel,
        Map<String, Integer> byCategory,
        List<String> overdueTickets,
        int accountChecks,
        int compliantChecks,
        List<CampaignResult> campaigns) {

    /** A programme information campaign evaluated in the period: ASN/THL participation in all and per OPD. */
    public record CampaignResult(
            String programme,
            LocalDate ended,
            int targeted,
            int participated,
            int shares,
            double participationRate,
            int expectedParticipation,
            String verdict,
            List<OpdParticipation> opds) {}

    public record OpdParticipation(
            String opdCode, int targeted, int participated, int shares, double participationRate, String verdict) {}

    /** Per OPD; medians in minutes (first response) and hours (resolution), null when there is nothing to measure. */
    public record OpdFigures(
            String opdCode,
            String opdName,
            int received,
            int verified,
            int responded,
            int respondedWithinSla,
            Double medianFirstResponseMinutes,
            Double medianResolutionHours,
            int resolved,
            int overdue,
            int escalationsLevel1,
            int escalationsLevel2,
            int escalationsLevel3,
            int crossSector,
            int reopened,
            Double averageRating) {

        public double slaPercent() {
            return responded == 0 ? 0 : 100.0 * respondedWithinSla / responded;
        }
    }

    public double slaPercent() {
        return responded == 0 ? 0 : 100.0 * respondedWithinSla / responded;
    }
}
