package id.tanggap.reporting;

import id.tanggap.shared.CampaignVerdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one reporting period (point 6), all computed by SQL aggregation: {@code respondedWithinSla} counts the
 * cases on time and {@code overdue} the late ones, by the one definition of ReportReadModel.
 */
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
        List<CampaignResult> campaigns,
        List<AccountCompliance> accountCompliance) {

    /**
     * The daily checks of one OPD's official accounts in the period (monitoring): accounts checked, how
     * many of them were not connected on some day ("belum terhubung", not judged that day), days judged
     * and days compliant.
     */
    public record AccountCompliance(
            String opdCode, String opdName, int accounts, int notConnected, int judged, int compliant) {

        public Double percent() {
            return judged == 0 ? null : 100.0 * compliant / judged;
        }
    }

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
            List<OpdParticipation> opds) {

        /** The verdict as the dashboard shows it ("Tercapai"); {@link #verdict()} keeps the code for the exports. */
        public String verdictLabel() {
            return CampaignVerdict.labelOf(verdict);
        }
    }

    public record OpdParticipation(
            String opdCode, int targeted, int participated, int shares, double participationRate, String verdict) {

        /** The verdict as the dashboard shows it. */
        public String verdictLabel() {
            return CampaignVerdict.labelOf(verdict);
        }
    }

    /** Per OPD ({@code respondedWithinSla}: on time, {@code overdue}: late, both by ReportReadModel's one definition); medians in minutes (first response) and hours (resolution), null when there is nothing to measure. */
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

        /** On time out of on time and late (one definition, see ReportReadModel); 0 when nothing was measured. */
        public double slaPercent() {
            return percent(respondedWithinSla, overdue) == null ? 0 : percent(respondedWithinSla, overdue);
        }

        /** As {@link #slaPercent()}, but null when no case of the OPD was on time or late yet (shown as "–"). */
        public Double onTimePercent() {
            return percent(respondedWithinSla, overdue);
        }
    }

    /** On time out of on time and late; 0 when nothing was measured. */
    public double slaPercent() {
        return percent(respondedWithinSla, overdue) == null ? 0 : percent(respondedWithinSla, overdue);
    }

    public Double onTimePercent() {
        return percent(respondedWithinSla, overdue);
    }

    private static Double percent(int onTime, int late) {
        return onTime + late == 0 ? null : 100.0 * onTime / (onTime + late);
    }
}
