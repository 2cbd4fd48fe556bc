package id.tanggap.complaint;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The reports Diskominfo joined to a case wait in their own process until that case ends. When it
 * ends, each of them is told (message {@value #MESSAGE}, correlated by the report's ticket): a case
 * closed after handling takes its joined reports with it, a case that ends as hoax or forwarded
 * sends them back to triage. Called by the workers that end a case, after their change is stored.
 */
@Component
public class JoinedReports {

    static final String MESSAGE = "primary-case-ended";

    /**
     * Long enough to bridge the moment between a join being stored and its process waiting for the
     * message; a report whose case ended before it could join is handled by the join worker itself.
     */
    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

    private final ComplaintRepository complaints;
    private final CamundaClient camunda;

    JoinedReports(ComplaintRepository complaints, CamundaClient camunda) {
        this.complaints = complaints;
        this.camunda = camunda;
    }

    /** The case has ended (its final state is stored): every report joined to it follows. Idempotent. */
    public void caseEnded(long caseId) {
        Complaint primary = complaints.findById(caseId).orElseThrow(() -> new IllegalStateException("no complaint with id " + caseId));
        for (Complaint report : complaints.findByDuplicateOfIdOrderByIdAsc(caseId)) {
            tell(report.getTicket(), primary.getTicket(), primary.getStatus(), "ended");
        }
    }

    /**
     * Tells one joined report's process that its case ended (or cannot be joined); {@code occasion} makes
     * the message id unique per occasion, and an id already known counts as sent.
     */
    void tell(String reportTicket, String primaryTicket, ComplaintStatus primaryStatus, String occasion) {
        try {
            camunda.newPublishMessageCommand().messageName(MESSAGE).correlationKey(reportTicket)
                    .messageId(MESSAGE + ":" + reportTicket + ":" + primaryTicket + ":" + occasion)
                    .timeToLive(TIME_TO_LIVE)
                    .variables(Map.of("primaryTicket", primaryTicket, "primaryStatus", primaryStatus.name()))
                    .send().join(10, TimeUnit.SECONDS);
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        } catch (ProblemException e) {
            if (e.code() != 409) {
                throw e;
            }
        }
    }
}
