package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code joinDuplicate}: Diskominfo found the case to be the same as another; it joins that case and closes. */
@Component
public class JoinDuplicateWorker {

    private final CaseUpdates cases;
    private final ComplaintRepository complaints;
    private final Timeline timeline;

    JoinDuplicateWorker(CaseUpdates cases, ComplaintRepository complaints, Timeline timeline) {
        this.cases = cases;
        this.complaints = complaints;
        this.timeline = timeline;
    }

    @JobWorker(type = "joinDuplicate")
    public void joinDuplicate(ActivatedJob job, @Variable long complaintId, @Variable String duplicateOfTicket) {
        cases.update(complaintId, (complaint, now) -> {
            Complaint primary = complaints.findByTicket(duplicateOfTicket)
                    .filter(p -> !p.getId().equals(complaint.getId()))
                    .orElseThrow(() -> new IllegalStateException("no other case with ticket " + duplicateOfTicket));
            if (complaint.getDuplicateOfId() == null) {
                primary.supportedByAnotherReport(now);
                timeline.record(primary, "joined:" + complaint.getTicket(), primary.getStatus(), now, "Diskominfotik",
                        "Laporan serupa " + complaint.getTicket() + " digabungkan ke aduan ini");
            }
            complaint.joinedTo(primary, now);
            cases.note(complaint, job, ComplaintStatus.DITUTUP, now, "Diskominfotik", "Digabungkan dengan aduan " + primary.getTicket());
            return null;
        });
    }
}
