package id.tanggap.monitoring;

import id.tanggap.shared.ProcessDates;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code recordComplianceCheck}: stores the day's result for the account (one row per account and
 * day, a re-run the same day overwrites it) and counts the failed checks in a row.
 */
@Component
public class RecordComplianceCheckWorker {

    public record Recorded(int consecutiveFailures) {}

    private final ComplianceCheckRepository checks;
    private final TransactionTemplate tx;
    private final NoticeRecord notices;

    RecordComplianceCheckWorker(ComplianceCheckRepository checks, TransactionTemplate tx, NoticeRecord notices) {
        this.notices = notices;
        this.checks = checks;
        this.tx = tx;
    }

    @JobWorker(type = "recordComplianceCheck")
    public Recorded recordComplianceCheck(
            @Variable long accountId,
            @Variable String checkDate,
            @Variable Map<String, Boolean> compliance,
            @Variable(optional = true) String lastPostAt,
            @Variable int unansweredOverdue,
            @Variable(optional = true) String readNote,
            @Variable(optional = true) Integer postsLast7Days,
            @Variable(optional = true) Integer unansweredComments) {
        LocalDate day = LocalDate.parse(checkDate);
        boolean compliant = Boolean.TRUE.equals(compliance.get("compliant"));
        return tx.execute(status -> {
            int before = 0;
            for (ComplianceCheck previous :
                    checks.findByAccountIdAndCheckDateBeforeOrderByCheckDateDesc(accountId, day)) {
                if (previous.isCompliant() || !previous.isConnected()) {
                    break; // a day without a connection ends a run of failures: it was no failure
                }
                before++;
            }
            int failures = compliant ? 0 : before + 1;
            ComplianceCheck check = checks.findByAccountIdAndCheckDate(accountId, day)
                    .orElseGet(() -> new ComplianceCheck(accountId, day));
            check.result(
                    ProcessDates.parse(lastPostAt),
                    unansweredOverdue,
                    Boolean.TRUE.equals(compliance.get("active")),
                    Boolean.TRUE.equals(compliance.get("responsive")),
                    Boolean.TRUE.equals(compliance.get("complete")),
                    compliant,
                    failures,
                    readNote,
                    postsLast7Days == null ? 0 : postsLast7Days);
            check.unansweredComments(unansweredComments == null ? 0 : unansweredComments);
            checks.save(check);
            // connected again: a later disconnection is told again
            notices.forget(NotConnectedNotices.KIND, Long.toString(accountId));
            return new Recorded(failures);
        });
    }
}
