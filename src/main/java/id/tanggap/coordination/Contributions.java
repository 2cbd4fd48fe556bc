package id.tanggap.coordination;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.JobStep;
import id.tanggap.routing.Opds;
import id.tanggap.security.SafeLinks;
import org.springframework.stereotype.Component;

/**
 * Cross-sector coordination on a case: each supporting OPD's contribution is stored once per task (the
 * dedup key is the step), and the lead OPD's joint follow-up puts the case back into processing.
 */
@Component
class Contributions {

    private final CaseUpdates cases;
    private final CoordinationContributionRepository contributions;
    private final Opds opds;

    Contributions(CaseUpdates cases, CoordinationContributionRepository contributions, Opds opds) {
        this.cases = cases;
        this.contributions = contributions;
        this.opds = opds;
    }

    void record(JobStep step, RecordContributionWorker.Contributed c) {
        String dedup = dedupKey(step);
        String opd = opds.nameOf(c.supportingOpd());
        cases.update(c.complaintId(), (complaint, now) -> {
            if (!contributions.existsByDedupKey(dedup)) {
                contributions.save(new CoordinationContribution(
                        c.complaintId(),
                        dedup,
                        c.supportingOpd(),
                        c.contribution(),
                        // the evidence link is shown to staff: only an http(s) address is kept
                        SafeLinks.httpOrNull(c.contributionEvidenceUrl()),
                        now));
            }
            cases.note(
                    complaint,
                    step,
                    ComplaintStatus.KOORDINASI,
                    now,
                    opd,
                    "Kontribusi " + opd + " untuk tindak lanjut bersama diterima");
            return null;
        });
    }

    void recordJointFollowUp(JobStep step, RecordJointFollowUpWorker.JointFollowUp j) {
        String lead = opds.nameOf(j.opdCode());
        cases.update(j.complaintId(), (complaint, now) -> {
            complaint.jointFollowUp(j.jointFollowUp(), now);
            cases.note(
                    complaint,
                    step,
                    ComplaintStatus.DIPROSES,
                    now,
                    lead,
                    "Tindak lanjut bersama: " + j.jointFollowUp());
            return null;
        });
    }

    /** One contribution per contribution task, however often its job is delivered. */
    static String dedupKey(JobStep step) {
        return "contribution:" + step.elementInstanceKey();
    }
}
