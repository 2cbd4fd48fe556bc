package id.tanggap.reporting;

import id.tanggap.escalation.EscalationContact;
import id.tanggap.escalation.EscalationContactRepository;
import id.tanggap.notification.Mailer;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code sendReport}: the approved report (with the executive summary as the reviewer left it) goes to the Governor and the Vice Governor with the PDF and the workbook, and is archived. */
@Component
public class SendReportWorker {

    private final GovernorReportRepository reports;
    private final EscalationContactRepository contacts;
    private final Mailer mailer;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ReportCompiler compiler;
    private final ReportDocuments documents;

    SendReportWorker(
            ReportCompiler compiler,
            ReportDocuments documents,
            GovernorReportRepository reports,
            EscalationContactRepository contacts,
            Mailer mailer,
            TransactionTemplate tx,
            Clock clock) {
        this.reports = reports;
        this.contacts = contacts;
        this.mailer = mailer;
        this.tx = tx;
        this.clock = clock;
        this.compiler = compiler;
        this.documents = documents;
    }

    @JobWorker(type = "sendReport")
    public void sendReport(ActivatedJob job, @Variable long reportId, @Variable(optional = true) String reportSummary) {
        // the reviewer may have edited the executive summary on the review form: it is stored and printed on the cover
        String edited = reportSummary == null ? null : reportSummary.strip();
        GovernorReport r = tx.execute(status -> {
            GovernorReport report = reports.findById(reportId).orElseThrow();
            if (edited != null && !edited.isEmpty() && !edited.equals(report.getSummary())) {
                String summary = edited.length() > 2000 ? edited.substring(0, 2000) : edited;
                report.summaryEdited(
                        summary,
                        documents.pdf(compiler.compile(report.getPeriodFrom(), report.getPeriodTo()), summary));
            }
            report.getPdf();
            report.getXlsx();
            return report;
        });
        String name =
                "laporan-tanggap-" + r.getPeriodFrom() + "-" + r.getPeriodTo().minusDays(1);
        for (String role : List.of("GOVERNOR", "VICE_GOVERNOR")) {
            EscalationContact to =
                    contacts.findById(role).orElseThrow(() -> new IllegalStateException("no contact for " + role));
            mailer.sendOnceWithAttachments(
                    "sendReport:" + job.getElementInstanceKey() + ":" + role,
                    null,
                    to.getEmail(),
                    "[Tanggap] Laporan tindak lanjut aduan " + ReportDocuments.DATE.format(r.getPeriodFrom()) + " - "
                            + ReportDocuments.DATE.format(r.getPeriodTo().minusDays(1)),
                    "governor-report",
                    Map.of("name", to.getName(), "summary", r.getSummary()),
                    Map.of(name + ".pdf", r.getPdf(), name + ".xlsx", r.getXlsx()));
        }
        tx.executeWithoutResult(
                status -> reports.findById(reportId).orElseThrow().approved(clock.instant()));
    }
}
