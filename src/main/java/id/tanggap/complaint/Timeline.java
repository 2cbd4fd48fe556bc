package id.tanggap.complaint;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes timeline entries once per producing step, so redelivered jobs do not repeat them. */
@Component
public class Timeline {

    private final ComplaintEventRepository events;
    private final ApplicationEventPublisher publisher;

    Timeline(ComplaintEventRepository events, ApplicationEventPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
    }

    public boolean has(Complaint complaint, String eventKey) {
        return events.existsByComplaintIdAndEventKey(complaint.getId(), eventKey);
    }

    /** How many entries of the case have a key starting with {@code eventKeyPrefix} (no LIKE wildcards in it). */
    public long count(Complaint complaint, String eventKeyPrefix) {
        return events.countByComplaintIdAndEventKeyPrefix(complaint.getId(), eventKeyPrefix);
    }

    /** An entry of the public timeline: whoever holds the ticket reads it (/lacak, GET /api/complaints/{ticket}). */
    public void record(
            Complaint complaint, String eventKey, ComplaintStatus status, Instant at, String actor, String note) {
        record(complaint, eventKey, status, at, actor, note, false);
    }

    /** An entry for staff only (which OPD handled what internally); kept off the public timeline. */
    public void recordInternal(
            Complaint complaint, String eventKey, ComplaintStatus status, Instant at, String actor, String note) {
        record(complaint, eventKey, status, at, actor, note, true);
    }

    private void record(
            Complaint complaint,
            String eventKey,
            ComplaintStatus status,
            Instant at,
            String actor,
            String note,
            boolean internal) {
        if (!events.existsByComplaintIdAndEventKey(complaint.getId(), eventKey)) {
            events.save(new ComplaintEvent(complaint.getId(), eventKey, status, at, actor, note, internal));
            if (!internal) {
                // stored with the entry (Modulith's publication registry): the complainant is told once it commits
                publisher.publishEvent(
                        new PublicChange(complaint.getId(), complaint.getTicket(), eventKey, status, actor, note, at));
            }
        }
    }
}
