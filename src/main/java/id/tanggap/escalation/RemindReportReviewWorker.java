package id.tanggap.escalation;

import id.tanggap.notification.Mailer;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code remindReportReview}: the Governor's report has waited past its review date. Reminds the
 * head of Diskominfotik (who reviews it) once per timer; the task stays open.
 */
@Component
public class RemindReportReviewWorker {

    private final EscalationContactRepository contacts;
    private final Mailer mailer;

    RemindReportReviewWorker(EscalationContactRepository contacts, Mailer mailer) {
        this.contacts = contacts;
        this.mailer = mailer;
    }

    @JobWorker(type = "remindReportReview")
    public void remindReportReview(
            ActivatedJob job,
            @Variable long reportId,
            @Variable(optional = true) String reportPeriod,
            @Variable(optional = true) String reportPdfUrl,
            @Variable(optional = true) String reminderKind) {
        EscalationContact head = contacts.findById("DISKOMINFO_HEAD")
                .orElseThrow(() -> new IllegalStateException("no escalation contact for role DISKOMINFO_HEAD"));
        // REVISION: the report the head sent back still waits for Diskominfo's revision
        boolean revision = "REVISION".equals(reminderKind);
        Map<String, Object> model = new HashMap<>();
        model.put("revision", revision);
        model.put("name", head.getName());
        model.put("period", reportPeriod == null ? "-" : reportPeriod);
        model.put("pdfUrl", reportPdfUrl);
        mailer.sendOnce(
                "remindReportReview:" + job.getElementInstanceKey(),
                null,
                head.getEmail(),
                "[Tanggap] PENGINGAT: laporan untuk Gubernur (" + model.get("period") + ") menunggu "
                        + (revision ? "perbaikan oleh Diskominfotik" : "tinjauan"),
                "report-review-reminder",
                model);
    }
}
