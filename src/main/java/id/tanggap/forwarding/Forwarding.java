package id.tanggap.forwarding;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.JobStep;
import io.camunda.client.exception.CamundaError;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Hands a case outside the province's authority to its target through the first adapter that serves it,
 * then ends the case as forwarded; reports joined to it go back to triage (the complaint module's
 * CaseEnded event: forwarding does not need to tell it).
 */
@Component
class Forwarding {

    private final CaseUpdates cases;
    private final ForwardTargetRepository targets;
    private final List<ComplaintForwarder> forwarders;

    Forwarding(CaseUpdates cases, ForwardTargetRepository targets, List<ComplaintForwarder> forwarders) {
        this.cases = cases;
        this.targets = targets;
        this.forwarders = forwarders;
    }

    void forward(JobStep step, long complaintId, String forwardTarget) {
        ForwardTarget target = (forwardTarget == null
                        ? Optional.<ForwardTarget>empty()
                        : targets.findById(forwardTarget))
                .orElseThrow(() -> CamundaError.bpmnError(
                        ForwardComplaintWorker.UNKNOWN_TARGET, "unknown forward target " + forwardTarget));
        ComplaintForwarder forwarder = adapterFor(target, forwarders);
        Complaint complaint = cases.load(complaintId);
        String reference = forwarder.forward(target, complaint, step.key());
        cases.update(complaintId, (c, now) -> {
            c.forwardedTo(target.getCode(), now);
            cases.note(
                    c,
                    step,
                    ComplaintStatus.DITERUSKAN,
                    now,
                    "Diskominfotik",
                    "Diteruskan kepada " + target.getName() + " (" + reference + ")");
            return null;
        });
    }

    /** The first adapter that serves the target (the list is in the adapters' order). */
    static ComplaintForwarder adapterFor(ForwardTarget target, List<ComplaintForwarder> forwarders) {
        return forwarders.stream()
                .filter(f -> f.serves(target))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no adapter can deliver to " + target.getName()));
    }
}
