package id.tanggap.coordination;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.routing.Opds;
import id.tanggap.security.SafeLinks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** {@code recordContribution}: stores one supporting OPD's contribution to the joint follow-up. */
@Component
public class RecordContributionWorker {

    private final CaseUpdates cases;
    private final CoordinationContributionRepository contributions;
    private final Opds opds;

    RecordContributionWorker(CaseUpdates cases, CoordinationContributionRepository contributions, Opds opds) {
        this.cases = cases;
        this.contributions = contributions;
        this.opds = opds;
    }

    @JobWorker(type = "recordContribution")
    public void recordContribution(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String supportingOpd,
            @Variable String contribution,
            @Variable(optional = true) String contributionEvidenceUrl) {
        String dedup = "contribution:" + job.getElementInstanceKey();
        String opd = opds.nameOf(supportingOpd);
        cases.update(complaintId, (complaint, now) -> {
            if (!contributions.existsByDedupKey(dedup)) {
                contributions.save(new CoordinationContribution(
                        complaintId,
                        dedup,
                        supportingOpd,
                        contribution,
                        SafeLinks.httpOrNull(contributionEvidenceUrl),
                        now));
            }
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.KOORDINASI,
                    now,
                    opd,
                    "Kontribusi " + opd + " untuk tindak lanjut bersama diterima");
            return null;
        });
    }
}
