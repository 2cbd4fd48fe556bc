package id.tanggap.complaint;

import id.tanggap.routing.Opds;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * {@code recordReroute}: the OPD declared the case outside its authority ("bukan wewenang"); counts
 * the re-route (the count comes from the job, so a redelivery counts the same) and records why.
 */
@Component
public class RecordRerouteWorker {

    public record Rerouted(int rerouteCount) {}

    private final CaseUpdates cases;
    private final Opds opds;

    RecordRerouteWorker(CaseUpdates cases, Opds opds) {
        this.cases = cases;
        this.opds = opds;
    }

    @JobWorker(type = "recordReroute")
    public Rerouted recordReroute(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable int rerouteCount,
            @Variable String opdCode,
            @Variable String notAuthorityReason) {
        int count = rerouteCount + 1;
        String opd = opds.nameOf(opdCode);
        cases.update(complaintId, (complaint, now) -> {
            complaint.reroutedAway(count, now);
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.DIVERIFIKASI,
                    now,
                    opd,
                    "Bukan wewenang " + opd + ": " + notAuthorityReason
                            + ". Aduan diverifikasi ulang oleh Diskominfotik");
            return null;
        });
        return new Rerouted(count);
    }
}
