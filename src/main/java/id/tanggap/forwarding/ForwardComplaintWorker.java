package id.tanggap.forwarding;

import id.tanggap.complaint.JobStep;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code forwardComplaint}: the case is not the province's authority; it goes to the regency, city or SP4N-LAPOR!.
 * Element template forward-complaint: {@code forwardTarget} (a code of the forwarding targets, triage's choice by
 * default). A code that is not registered is the BPMN error FORWARD_TARGET_UNKNOWN.
 */
@Component
public class ForwardComplaintWorker {

    public static final String UNKNOWN_TARGET = "FORWARD_TARGET_UNKNOWN";

    private final Forwarding forwarding;

    ForwardComplaintWorker(Forwarding forwarding) {
        this.forwarding = forwarding;
    }

    @JobWorker(type = "forwardComplaint")
    public void forwardComplaint(
            ActivatedJob job, @Variable long complaintId, @Variable(optional = true) String forwardTarget) {
        forwarding.forward(JobStep.of(job), complaintId, forwardTarget);
    }
}
