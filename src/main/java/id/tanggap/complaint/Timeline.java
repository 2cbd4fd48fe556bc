package id.tanggap.complaint;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Writes timeline entries once per producing step, so redelivered jobs do not repeat them. */
@Component
public class Timeline {

    private final ComplaintEventRepository events;

    Timeline(ComplaintEventRepository events) {
        this.events = events;
    }

    public boolean has(Complaint complaint, String eventKey) {
        return events.existsByComplaintIdAndEventKey(complaint.getId(), eventKey);
    }

    public void record(Complaint complaint, String eventKey, ComplaintStatus status, Instant at, String actor, String note) {
        if (!events.existsByComplaintIdAndEventKey(complaint.getId(), eventKey)) {
            events.save(new ComplaintEvent(complaint.getId(), eventKey, status, at, actor, note));
        }
    }
}
