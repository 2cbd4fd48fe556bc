package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code followPrimaryCase}: the case a report was joined to has ended. Closed after handling, the
 * report stays closed with it. Ended as hoax or forwarded elsewhere (or never joined at all), the
 * report is a case of its own again and goes back to triage: a report is never lost with a decoy.
 */
@Component
public class FollowPrimaryCaseWorker {

    static final String CLOSED = "CLOSED";

    /** Close reasons of a case archived in triage (incomplete, no answer): its joined reports are triaged again. */
    private static final java.util.Set<String> ARCHIVED = java.util.Set.of("INCOMPLETE", "NO_INFO");

    static final String TRIAGE = "TRIAGE";

    private final CaseUpdates cases;
    private final ComplaintRepository complaints;
    private final JoinedReports joinedReports;

    FollowPrimaryCaseWorker(CaseUpdates cases, ComplaintRepository complaints, JoinedReports joinedReports) {
        this.cases = cases;
        this.complaints = complaints;
        this.joinedReports = joinedReports;
    }

    @JobWorker(type = "followPrimaryCase")
    public Map<String, Object> followPrimaryCase(ActivatedJob job, @Variable long complaintId) {
        String outcome = cases.update(complaintId, (report, now) -> {
            // a redelivered job finds the same answer: a released report has no case left to follow
            Complaint primary = report.getDuplicateOfId() == null
                    ? null
                    : complaints.findById(report.getDuplicateOfId()).orElse(null);
            if (primary != null
                    && primary.getStatus() == ComplaintStatus.DITUTUP
                    && !ARCHIVED.contains(primary.getCloseReason())) { // an archived case handled nothing
                cases.note(
                        report,
                        job,
                        ComplaintStatus.DITUTUP,
                        now,
                        "Sistem Tanggap",
                        "Aduan " + primary.getTicket()
                                + " telah selesai ditangani dan ditutup; laporan ini ikut ditutup");
                return CLOSED;
            }
            String why = primary == null
                    ? "Laporan ini tidak digabung"
                    : "Aduan " + primary.getTicket() + " berakhir ("
                            + primary.getStatus().label().toLowerCase() + ")";
            report.releasedFromJoin(now);
            cases.note(
                    report,
                    job,
                    ComplaintStatus.DITERIMA,
                    now,
                    "Sistem Tanggap",
                    why + "; laporan ini kembali diverifikasi sebagai aduan tersendiri");
            return TRIAGE;
        });
        if (CLOSED.equals(outcome)) {
            joinedReports.caseEnded(complaintId); // reports once joined to this one follow it
        }
        // the process clears the old triage decision and suggestion itself (output mapping): the next triage starts
        // fresh
        return Map.of("followPrimary", outcome);
    }
}
