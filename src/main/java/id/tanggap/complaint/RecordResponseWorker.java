package id.tanggap.complaint;

import id.tanggap.routing.Opd;
import id.tanggap.routing.OpdRepository;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code recordResponse}: stores the OPD's first response and the link to its public reply; the first-response clock stops. */
@Component
public class RecordResponseWorker {

    private final CaseUpdates cases;
    private final OpdRepository opds;

    RecordResponseWorker(CaseUpdates cases, OpdRepository opds) {
        this.cases = cases;
        this.opds = opds;
    }

    @JobWorker(type = "recordResponse")
    public void recordResponse(ActivatedJob job, @Variable long complaintId, @Variable String responseText, @Variable String publicReplyUrl) {
        cases.update(complaintId, (complaint, now) -> {
            complaint.respond(responseText, publicReplyUrl, now);
            cases.note(complaint, job, ComplaintStatus.DIPROSES, now, opdName(complaint.getOpdCode()), "Tanggapan OPD telah disampaikan");
            return null;
        });
    }

    private String opdName(String code) {
        return code == null ? "OPD" : opds.findById(code).map(Opd::getName).orElse(code);
    }
}
