package id.tanggap.notification;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.complaint.ReportJoinedCase;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.TanggapProperties;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After Diskominfo joined a report to an open case: tells the reporter which case it joined (when they
 * left an e-mail address), and, when the case already lies with an official of an OPD, sends that
 * official the joined report's text, so what the second citizen said reaches the people handling it.
 * The event is kept in Spring Modulith's publication registry until this listener's transaction commits,
 * so a notice that failed (the database away for a moment) is published again, not lost.
 */
@Component
class ReportJoinedNotifier {

    private final Complaints complaints;
    private final Officials officials;
    private final Mailer mailer;
    private final TanggapProperties properties;

    ReportJoinedNotifier(Complaints complaints, Officials officials, Mailer mailer, TanggapProperties properties) {
        this.complaints = complaints;
        this.officials = officials;
        this.mailer = mailer;
        this.properties = properties;
    }

    /** After the join is committed, in a transaction of its own (the mails are queued in it). */
    @ApplicationModuleListener
    void reportJoined(ReportJoinedCase event) {
        Complaint report = complaints.load(event.reportId());
        Complaint primary = complaints.load(event.caseId());
        if (!report.isAnonymous() && Contacts.isEmail(report.getReporterContact())) {
            mailer.sendOnce(
                    "reportJoined:" + report.getId(),
                    report.getId(),
                    report.getReporterContact(),
                    "[Tanggap] Laporan Anda digabungkan dengan aduan " + primary.getTicket(),
                    "report-joined",
                    Map.of(
                            "ticket",
                            primary.getTicket(),
                            "trackingUrl",
                            properties.trackingUrl(primary.getTicket()),
                            "supporters",
                            primary.getSupporterCount()));
        }
        // joined before the disposition, the report is listed in the staff case view the official opens from the
        // first e-mail
        Official official = primary.getOfficialNip() == null
                ? null
                : officials.find(primary.getOfficialNip()).orElse(null);
        if (official != null && official.getEmail() != null) {
            Map<String, Object> model = new HashMap<>();
            model.put("ticket", primary.getTicket());
            model.put("reportTicket", report.getTicket());
            model.put("channel", report.getChannel().name());
            model.put("text", report.getBody());
            model.put("address", report.getAddress() == null ? "-" : report.getAddress());
            model.put("trackingUrl", properties.trackingUrl(primary.getTicket()));
            mailer.sendOnce(
                    "reportJoinedOfficial:" + report.getId() + ":" + primary.getId(),
                    primary.getId(),
                    official.getEmail(),
                    "[Tanggap] Laporan tambahan " + report.getTicket() + " untuk aduan " + primary.getTicket(),
                    "report-joined-official",
                    model);
        }
    }
}
