package id.tanggap.notification;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintRepository;
import id.tanggap.complaint.ReportJoinedCase;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.TanggapProperties;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/** Tells a reporter whose report joined an open case which case it joined (when they left an e-mail address). */
@Component
class ReportJoinedNotifier {


    private final ComplaintRepository complaints;
    private final Mailer mailer;
    private final TanggapProperties properties;
    private final TransactionTemplate newTx;

    ReportJoinedNotifier(ComplaintRepository complaints, Mailer mailer, TanggapProperties properties, PlatformTransactionManager txManager) {
        this.complaints = complaints;
        this.mailer = mailer;
        this.properties = properties;
        this.newTx = new TransactionTemplate(txManager);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void reportJoined(ReportJoinedCase event) {
        newTx.executeWithoutResult(status -> {
            Complaint report = complaints.findById(event.reportId()).orElseThrow();
            Complaint primary = complaints.findById(event.caseId()).orElseThrow();
            if (!report.isAnonymous() && Contacts.isEmail(report.getReporterContact())) {
                mailer.sendOnce("reportJoined:" + report.getId(), report.getId(), report.getReporterContact(),
                        "[Tanggap] Laporan Anda digabungkan dengan aduan " + primary.getTicket(), "report-joined",
                        Map.of("ticket", primary.getTicket(), "trackingUrl", properties.trackingUrl(primary.getTicket()),
                                "supporters", primary.getSupporterCount()));
            }
        });
    }
}
