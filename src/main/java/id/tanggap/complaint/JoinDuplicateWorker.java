package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code joinDuplicate}: Diskominfo confirmed in triage that the report repeats another case. It joins
 * that case (visible there, its text reaches the OPD) and closes while the case runs; its process then
 * waits for the case to end. A case that is unknown, resolved or already ended takes no new reports: the
 * report is told so at once and goes back to triage as a case of its own.
 */
@Component
public class JoinDuplicateWorker {

    private final CaseUpdates cases;
    private final ComplaintRepository complaints;
    private final Timeline timeline;
    private final JoinedReports joinedReports;
    private final ApplicationEventPublisher events;

    JoinDuplicateWorker(
            CaseUpdates cases,
            ComplaintRepository complaints,
            Timeline timeline,
            JoinedReports joinedReports,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.complaints = complaints;
        this.timeline = timeline;
        this.joinedReports = joinedReports;
        this.events = events;
    }

    private record Refused(String primaryTicket, ComplaintStatus primaryStatus) {}

    @JobWorker(type = "joinDuplicate")
    public void joinDuplicate(ActivatedJob job, @Variable long complaintId, @Variable String duplicateOfTicket) {
        Refused refused = cases.update(complaintId, (complaint, now) -> {
            String ticket = duplicateOfTicket == null ? "" : duplicateOfTicket.trim();
            Optional<Complaint> found =
                    complaints.findByTicket(ticket).filter(p -> !p.getId().equals(complaint.getId()));
            if (complaint.getDuplicateOfId() == null
                    && (found.isEmpty() || !found.get().acceptsJoinedReports())) {
                String why = found.isEmpty()
                        ? "tidak ditemukan"
                        : "sudah " + found.get().getStatus().label().toLowerCase();
                cases.note(
                        complaint,
                        job,
                        complaint.getStatus(),
                        now,
                        "Diskominfotik",
                        "Aduan " + ticket + " " + why
                                + "; laporan ini tidak digabung dan diverifikasi sebagai aduan tersendiri");
                return new Refused(ticket, found.map(Complaint::getStatus).orElse(ComplaintStatus.DITUTUP));
            }
            Complaint primary = found.orElseGet(
                    () -> complaints.findById(complaint.getDuplicateOfId()).orElseThrow());
            if (complaint.getDuplicateOfId() == null) {
                primary.supportedByAnotherReport(now);
                timeline.record(
                        primary,
                        "joined:" + complaint.getTicket(),
                        primary.getStatus(),
                        now,
                        "Diskominfotik",
                        "Laporan serupa " + complaint.getTicket() + " digabungkan ke aduan ini");
                complaint.joinedTo(primary, now);
                events.publishEvent(new ReportJoinedCase(complaint.getId(), primary.getId()));
            }
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.DITUTUP,
                    now,
                    "Diskominfotik",
                    "Digabungkan dengan aduan " + primary.getTicket());
            return null;
        });
        if (refused != null) {
            // the process waits for this message next; sent at once, it sends the report back to triage
            Complaint report = cases.load(complaintId);
            joinedReports.tell(
                    report.getTicket(),
                    refused.primaryTicket(),
                    refused.primaryStatus(),
                    "refused:" + job.getElementInstanceKey());
        }
    }
}
