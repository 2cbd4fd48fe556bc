package id.tanggap.reporting;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code recordRevisionNote}: the reviewer sent the report back; the note is kept with the report
 * (every round, not only the last) before it goes to Diskominfo's revision task.
 */
@Component
public class RecordRevisionNoteWorker {

    private final ReportRevisionRepository revisions;
    private final TransactionTemplate tx;
    private final Clock clock;

    RecordRevisionNoteWorker(ReportRevisionRepository revisions, TransactionTemplate tx, Clock clock) {
        this.revisions = revisions;
        this.tx = tx;
        this.clock = clock;
    }

    @JobWorker(type = "recordRevisionNote")
    public void recordRevisionNote(ActivatedJob job, @Variable long reportId, @Variable String revisionNotes) {
        String dedup = "revision:" + job.getElementInstanceKey();
        tx.executeWithoutResult(status -> {
            if (!revisions.existsByDedupKey(dedup)) {
                revisions.save(new ReportRevision(reportId, dedup, revisionNotes, clock.instant()));
            }
        });
    }
}
