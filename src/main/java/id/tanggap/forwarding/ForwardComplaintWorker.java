package id.tanggap.forwarding;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.JoinedReports;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code forwardComplaint}: the case is not the province's authority; it goes to the regency, city or SP4N-LAPOR!. */
@Component
public class ForwardComplaintWorker {

    private final CaseUpdates cases;
    private final JoinedReports joinedReports;
    private final ForwardTargetRepository targets;
    private final List<ComplaintForwarder> forwarders;

    ForwardComplaintWorker(
            CaseUpdates cases,
            ForwardTargetRepository targets,
            List<ComplaintForwarder> forwarders,
            JoinedReports joinedReports) {
        this.cases = cases;
        this.joinedReports = joinedReports;
        this.targets = targets;
        this.forwarders = forwarders;
    }

    @JobWorker(type = "forwardComplaint")
    public void forwardComplaint(ActivatedJob job, @Variable long complaintId, @Variable String forwardTarget) {
        ForwardTarget target = targets.findById(forwardTarget)
                .orElseThrow(() -> new IllegalStateException("unknown forward target " + forwardTarget));
        ComplaintForwarder forwarder = forwarders.stream()
                .filter(f -> f.serves(target))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no adapter can deliver to " + target.getName()));
        Complaint complaint = cases.load(complaintId);
        String reference = forwarder.forward(target, complaint, "forwardComplaint:" + job.getElementInstanceKey());
        cases.update(complaintId, (c, now) -> {
            c.forwardedTo(target.getCode(), now);
            cases.note(
                    c,
                    job,
                    ComplaintStatus.DITERUSKAN,
                    now,
                    "Diskominfotik",
                    "Diteruskan kepada " + target.getName() + " (" + reference + ")");
            return null;
        });
        joinedReports.caseEnded(
                complaintId); // reports joined to a case outside the province's authority go back to triage
    }
}
