package id.tanggap.complaint;

import id.tanggap.routing.Opds;
import id.tanggap.security.SafeLinks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code recordResponse}: stores the OPD's first response and the link to its public reply; the first-response
 * clock stops. The link is shown on the public tracking page, so only an http(s) address is stored; anything
 * else (a {@code javascript:} link typed or forged into the task) is dropped and the timeline says so, while
 * the response itself still counts.
 */
@Component
public class RecordResponseWorker {

    static final String REJECTED_LINK = "; tautan balasan publik tidak disimpan karena bukan alamat http(s)";

    private final CaseUpdates cases;
    private final Opds opds;

    RecordResponseWorker(CaseUpdates cases, Opds opds) {
        this.cases = cases;
        this.opds = opds;
    }

    @JobWorker(type = "recordResponse")
    public void recordResponse(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String responseText,
            @Variable String publicReplyUrl) {
        String link = SafeLinks.httpOrNull(publicReplyUrl);
        String note = "Tanggapan OPD telah disampaikan" + (SafeLinks.unsafe(publicReplyUrl) ? REJECTED_LINK : "");
        cases.update(complaintId, (complaint, now) -> {
            complaint.respond(responseText, link, now);
            cases.note(complaint, job, ComplaintStatus.DIPROSES, now, opdName(complaint.getOpdCode()), note);
            return null;
        });
    }

    private String opdName(String code) {
        return code == null ? "OPD" : opds.nameOf(code);
    }
}
