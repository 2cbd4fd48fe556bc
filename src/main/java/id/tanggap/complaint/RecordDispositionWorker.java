package id.tanggap.complaint;

import id.tanggap.routing.OpdInfo;
import id.tanggap.routing.Opds;
import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code recordDisposition}: stores the OPD routing chose, its officials and the deadlines on the case,
 * and for a complaint about an OPD's own official, which OPD that is (so that OPD never sees it).
 */
@Component
public class RecordDispositionWorker {

    private final CaseUpdates cases;
    private final Opds opds;
    private final ComplaintSubject subjects;

    RecordDispositionWorker(CaseUpdates cases, Opds opds, ComplaintSubject subjects) {
        this.cases = cases;
        this.opds = opds;
        this.subjects = subjects;
    }

    @JobWorker(type = "recordDisposition")
    public void recordDisposition(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String opdCode,
            @Variable String officialNip,
            @Variable String headNip,
            @Variable String responseDueDate,
            @Variable String resolutionDueDate,
            @Variable(optional = true) Boolean aboutOwnOfficial,
            @Variable(optional = true) String assignedOpd,
            @Variable(optional = true) String category,
            @Variable(optional = true) String region) {
        OpdInfo opd = opds.find(opdCode)
                .orElseThrow(
                        () -> new IllegalStateException("routing chose OPD " + opdCode + ", which is not registered"));
        String subject = subjects.subjectOpd(aboutOwnOfficial, assignedOpd, category, region, opd.code());
        cases.update(complaintId, (complaint, now) -> {
            complaint.dispositionTo(
                    opd.code(),
                    officialNip,
                    headNip,
                    ProcessDates.parse(responseDueDate),
                    ProcessDates.parse(resolutionDueDate),
                    now);
            complaint.aboutOfficialsOf(subject);
            cases.note(
                    complaint, job, ComplaintStatus.DIDISPOSISI, now, "Diskominfotik", "Diteruskan ke " + opd.name());
            return null;
        });
    }
}
