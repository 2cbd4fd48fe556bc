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
    private final id.tanggap.routing.Categories categories;

    RecordDispositionWorker(
            CaseUpdates cases, Opds opds, ComplaintSubject subjects, id.tanggap.routing.Categories categories) {
        this.categories = categories;
        this.cases = cases;
        this.opds = opds;
        this.subjects = subjects;
    }

    /** Names for the OPD's task forms, which show no codes (issue 19); set again on every (re-)disposition. */
    public record Labels(String categoryLabel, String urgencyLabel, String opdName) {}

    @JobWorker(type = "recordDisposition")
    public Labels recordDisposition(
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
            @Variable(optional = true) String region,
            @Variable(optional = true) String urgency) {
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
        String urgencyLabel = urgency == null
                ? null
                : switch (urgency) {
                    case "URGENT" -> "Mendesak";
                    case "IMPORTANT" -> "Penting";
                    case "NORMAL" -> "Biasa";
                    default -> urgency;
                };
        return new Labels(categories.nameOf(category), urgencyLabel, opd.name());
    }
}
