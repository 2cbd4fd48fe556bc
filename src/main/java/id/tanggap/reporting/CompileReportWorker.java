package id.tanggap.reporting;

import id.tanggap.inbox.InteractionClass;
import id.tanggap.inbox.Interactions;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code compileReport}: the period's figures (SQL aggregation), rendered as PDF and XLSX and kept
 * as the report under review; a revision recompiles the same report. WEEKLY is the week before the
 * report date in the region's time zone (Monday to Monday), MONTHLY the month before, REQUESTED the given [periodFrom, periodTo).
 * The period it compiles is returned as periodFrom/periodTo, so a recompile after "send back for revision" keeps it.
 * Element template compile-report: periodKind, reportAt, periodFrom/periodTo are the step's inputs; another kind,
 * or REQUESTED without a valid period, is the BPMN error REPORT_PERIOD_INVALID.
 */
@Component
public class CompileReportWorker {

    public static final String PERIOD_INVALID = "REPORT_PERIOD_INVALID";

    public record Compiled(
            long reportId,
            String reportSummary,
            String reportPdfUrl,
            String reportPeriod,
            String periodFrom,
            String periodTo) {}

    private final ReportCompiler compiler;
    private final ReportDocuments documents;
    private final GovernorReportRepository reports;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final TanggapProperties properties;
    private final Interactions interactions;

    CompileReportWorker(
            ReportCompiler compiler,
            ReportDocuments documents,
            GovernorReportRepository reports,
            TransactionTemplate tx,
            Clock clock,
            TanggapProperties properties,
            Interactions interactions) {
        this.interactions = interactions;
        this.compiler = compiler;
        this.documents = documents;
        this.reports = reports;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    @JobWorker(type = "compileReport")
    public Compiled compileReport(
            ActivatedJob job,
            @Variable String periodKind,
            @Variable String reportAt,
            @Variable(optional = true) String periodFrom,
            @Variable(optional = true) String periodTo,
            @Variable(optional = true) String revisionNotes) {
        LocalDate day = id.tanggap.shared.ProcessDates.parse(reportAt)
                .atZone(properties.zone())
                .toLocalDate();
        LocalDate from;
        LocalDate to;
        // once compiled, the period is fixed: a revision recompiles the same period, whenever it happens
        String kind = periodFrom != null && periodTo != null ? "GIVEN" : periodKind;
        switch (kind) {
            case "WEEKLY" -> {
                to = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                from = to.minusWeeks(1);
            }
            case "MONTHLY" -> {
                to = day.withDayOfMonth(1);
                from = to.minusMonths(1);
            }
            case "GIVEN", "REQUESTED" -> {
                try {
                    from = LocalDate.parse(periodFrom);
                    to = LocalDate.parse(periodTo);
                } catch (RuntimeException e) {
                    throw CamundaError.bpmnError(
                            PERIOD_INVALID, "period " + periodFrom + " to " + periodTo + " is not two ISO dates");
                }
            }
            default ->
                throw CamundaError.bpmnError(
                        PERIOD_INVALID, "periodKind " + periodKind + " is not WEEKLY, MONTHLY or REQUESTED");
        }

        ReportFigures f = compiler.compile(from, to);
        StringBuilder text = new StringBuilder(ReportDocuments.summary(f));
        for (ReportFigures.CampaignResult c : f.campaigns()) {
            text.append(String.format(
                    ReportDocuments.ID,
                    " Kampanye %s: %d dari %d ASN/THL membagikan (%.1f%%), %s.",
                    c.programme(),
                    c.participated(),
                    c.targeted(),
                    c.participationRate(),
                    c.verdict()));
        }
        // point 3 speaks of "aduan dan aspirasi": the social inbox's aspirations and questions of the period
        var social = interactions.countByClass(
                from.atStartOfDay(properties.zone()).toInstant(),
                to.atStartOfDay(properties.zone()).toInstant());
        text.append(String.format(
                ReportDocuments.ID,
                " Media sosial: %d aspirasi dan %d pertanyaan masyarakat.",
                social.get(InteractionClass.ASPIRASI),
                social.get(InteractionClass.PERTANYAAN)));
        String summary = text.length() > 2000 ? text.substring(0, 1997) + "..." : text.toString();
        byte[] pdf = documents.pdf(f);
        byte[] xlsx = documents.xlsx(f);
        GovernorReport report = tx.execute(status -> {
            GovernorReport r = reports.findByReportKey("report:" + job.getProcessInstanceKey())
                    .orElseGet(() -> new GovernorReport("report:" + job.getProcessInstanceKey(), periodKind));
            r.compiled(from, to, summary, pdf, xlsx, revisionNotes, clock.instant());
            return reports.save(r);
        });
        return new Compiled(
                report.getId(),
                summary,
                properties.publicBaseUrl().replaceAll("/$", "") + "/api/reports/" + report.getId() + ".pdf",
                ReportDocuments.period(f),
                from.toString(),
                to.toString());
    }
}
