package id.tanggap.complaint;

import id.tanggap.routing.OpdInfo;
import id.tanggap.routing.Opds;
import id.tanggap.security.SafeLinks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code recordResolution}: stores the follow-up, the evidence and the public reply; the resolution
 * clock stops and the complainant gets a code to rate the result with.
 */
@Component
public class RecordResolutionWorker {

    private static final String CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();
    private final CaseUpdates cases;
    private final Opds opds;

    RecordResolutionWorker(CaseUpdates cases, Opds opds) {
        this.cases = cases;
        this.opds = opds;
    }

    /** Each resolution is a round; the complainant's rating is correlated to its round only. */
    public record ResolutionRecorded(int resolutionRound) {}

    @JobWorker(type = "recordResolution")
    public ResolutionRecorded recordResolution(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable int resolutionRound,
            @Variable String followUpPlan,
            @Variable(optional = true) String evidenceUrls,
            @Variable String resolutionText,
            @Variable String publicReplyUrl) {
        int round = resolutionRound + 1;
        // links are shown to the complainant and staff: only http(s) addresses are kept (see RecordResponseWorker)
        String link = SafeLinks.httpOrNull(publicReplyUrl);
        List<String> evidence = SafeLinks.httpLinksIn(evidenceUrls);
        String note = "Tindak lanjut selesai: " + resolutionText
                + (SafeLinks.unsafe(publicReplyUrl) ? RecordResponseWorker.REJECTED_LINK : "");
        cases.update(complaintId, (complaint, now) -> {
            complaint.resolve(
                    round,
                    followUpPlan,
                    evidence.isEmpty() ? null : String.join("\n", evidence),
                    resolutionText,
                    link,
                    newCode(),
                    now);
            String actor = opds.find(complaint.getOpdCode()).map(OpdInfo::name).orElse("OPD");
            cases.note(complaint, job, ComplaintStatus.SELESAI, now, actor, note);
            return null;
        });
        return new ResolutionRecorded(round);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return code.toString();
    }
}
