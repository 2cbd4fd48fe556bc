package id.tanggap.triage;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * {@code holdComplaint}: triage puts the case on hold with a reason until a date (the form's date
 * field, {@code yyyy-MM-dd}); the case comes back to triage at the start of that working day, 08:00
 * local time ({@code holdUntilAt}, the timer of the BPMN). The reason and the date are public.
 */
@Component
public class HoldComplaintWorker {

    public record Held(String holdUntilAt, String holdUntilLabel) {}

    static final LocalTime RESUME_AT = LocalTime.of(8, 0);

    private final CaseUpdates cases;
    private final TanggapProperties properties;

    HoldComplaintWorker(CaseUpdates cases, TanggapProperties properties) {
        this.cases = cases;
        this.properties = properties;
    }

    @JobWorker(type = "holdComplaint")
    public Held holdComplaint(
            ActivatedJob job, @Variable long complaintId, @Variable String holdReason, @Variable String holdUntil) {
        ZonedDateTime until;
        try {
            until = LocalDate.parse(holdUntil.trim()).atTime(RESUME_AT).atZone(properties.zone());
        } catch (DateTimeParseException | NullPointerException e) {
            // nothing a retry can fix: an incident for Diskominfo to see
            throw CamundaError.jobError("Tanggal penundaan tidak valid: " + holdUntil, null, 0, null);
        }
        String label = IndonesianDates.longDateTime(until.toInstant(), properties.zone());
        cases.update(complaintId, (complaint, now) -> {
            complaint.onHold(now);
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.DITUNDA,
                    now,
                    "Diskominfotik",
                    "Penanganan ditunda sampai " + label + ": " + holdReason);
            return null;
        });
        return new Held(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(until.toOffsetDateTime()), label);
    }
}
