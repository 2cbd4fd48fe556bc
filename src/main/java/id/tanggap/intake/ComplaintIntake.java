package id.tanggap.intake;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintRepository;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.Timeline;
import id.tanggap.routing.ComplaintCategoryRepository;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a complaint from any channel: validates it, stores the case with its first timeline entry
 * and an outbox row in one transaction, and only then answers. The same channel message (channel +
 * external id) is one case, however often it is delivered.
 */
@Service
public class ComplaintIntake {

    private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);

    public record Accepted(String ticket, ComplaintStatus status, boolean created) {}

    private final ComplaintRepository complaints;
    private final ComplaintCategoryRepository categories;
    private final ProcessStartOutboxRepository outbox;
    private final ProcessStartRelay relay;
    private final TicketNumbers tickets;
    private final Timeline timeline;
    private final Validator validator;
    private final TransactionTemplate tx;
    private final Clock clock;

    ComplaintIntake(ComplaintRepository complaints, ComplaintCategoryRepository categories, ProcessStartOutboxRepository outbox,
                    ProcessStartRelay relay, TicketNumbers tickets, Timeline timeline, Validator validator,
                    TransactionTemplate tx, Clock clock) {
        this.complaints = complaints;
        this.categories = categories;
        this.outbox = outbox;
        this.relay = relay;
        this.tickets = tickets;
        this.timeline = timeline;
        this.validator = validator;
        this.tx = tx;
        this.clock = clock;
    }

    public Accepted submit(ComplaintSubmission submission) {
        validate(submission);
        String externalId = submission.externalId() == null || submission.externalId().isBlank()
                ? "gen-" + UUID.randomUUID()
                : submission.externalId().trim();
        var existing = complaints.findByChannelAndExternalId(submission.channel(), externalId);
        if (existing.isPresent()) {
            return new Accepted(existing.get().getTicket(), existing.get().getStatus(), false);
        }
        String ticket = tickets.next();
        try {
            Long outboxId = tx.execute(status -> store(submission, externalId, ticket));
            relay.publishSoon(outboxId);
            log.info("case {} accepted from channel {}", ticket, submission.channel());
            return new Accepted(ticket, ComplaintStatus.DITERIMA, true);
        } catch (DataIntegrityViolationException duplicate) {
            // the same message arrived concurrently: the other delivery created the case
            return complaints.findByChannelAndExternalId(submission.channel(), externalId)
                    .map(c -> new Accepted(c.getTicket(), c.getStatus(), false))
                    .orElseThrow(() -> duplicate);
        }
    }

    private Long store(ComplaintSubmission s, String externalId, String ticket) {
        Instant now = clock.instant();
        var reporter = new Complaint.Reporter(trim(s.reporter().name()), trim(s.reporter().contact()), s.reporter().anonymous());
        var location = s.location();
        Complaint complaint = complaints.saveAndFlush(new Complaint(ticket, s.channel(), externalId, reporter, s.text().trim(),
                s.category().trim(), location == null ? null : location.lat(), location == null ? null : location.lon(),
                location == null ? null : trim(location.address()), s.attachmentsOrEmpty(), now));
        timeline.record(complaint, "intake", ComplaintStatus.DITERIMA, now, "Sistem Tanggap",
                "Aduan diterima melalui kanal " + s.channel().name());
        return outbox.save(new ProcessStartOutbox(complaint.getId(), ticket, now)).getId();
    }

    private void validate(ComplaintSubmission s) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<ComplaintSubmission> v : validator.validate(s)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()));
        }
        if (s.reporter() != null && !s.reporter().anonymous() && (s.reporter().name() == null || s.reporter().name().isBlank())) {
            problems.add(new FieldProblem("reporter.name", "wajib diisi kecuali melapor secara anonim"));
        }
        if (s.category() != null && !s.category().isBlank() && s.category().length() <= 40 && !categories.existsById(s.category().trim())) {
            problems.add(new FieldProblem("category", "kategori tidak dikenal"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw new InvalidInputException(problems);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
