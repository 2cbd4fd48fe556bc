package id.tanggap.inventory;

import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** {@code checkStaffAccount}: whether one inventory account still exists and posts; its posts go past the hoax register. */
@Component
public class CheckStaffAccountWorker {

    public record Checked(String staffAccountState, boolean goneNoticeDue) {}

    private final StaffAccountChecks checks;

    CheckStaffAccountWorker(StaffAccountChecks checks) {
        this.checks = checks;
    }

    @JobWorker(type = "checkStaffAccount")
    public Checked checkStaffAccount(@Variable long staffAccountId, @Variable(optional = true) String checkedAt) {
        Instant now = checkedAt == null ? Instant.now() : ProcessDates.parse(checkedAt);
        StaffAccountChecks.Result r = checks.check(staffAccountId, now);
        return new Checked(r.state().name(), r.goneNoticeDue());
    }
}
