package id.tanggap.monitoring;

import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** {@code recordNotConnected}: the day's check of an account that is not connected, and the one notice to its owner. */
@Component
public class RecordNotConnectedWorker {

    public record Recorded(boolean ownerTold) {}

    private final NotConnectedNotices notices;

    RecordNotConnectedWorker(NotConnectedNotices notices) {
        this.notices = notices;
    }

    @JobWorker(type = "recordNotConnected")
    public Recorded recordNotConnected(
            @Variable long accountId,
            @Variable String checkDate,
            @Variable(optional = true) String readNote,
            @Variable(optional = true) String checkedAt) {
        Instant now = checkedAt == null ? Instant.now() : ProcessDates.parse(checkedAt);
        return new Recorded(notices.record(accountId, LocalDate.parse(checkDate), readNote, now));
    }
}
