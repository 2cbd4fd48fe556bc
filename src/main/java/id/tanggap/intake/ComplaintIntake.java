package id.tanggap.intake;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.Complaints;
import id.tanggap.complaint.Timeline;
import id.tanggap.place.Places;
import id.tanggap.process.EngineGateway;
import id.tanggap.routing.Categories;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a complaint from any channel: validates it, stores the case with its first timeline entry
 * and its process start in the engine outbox in one transaction, and only then answers. The same channel message (channel +
 * external id) is one case, however often it is delivered.
 */
@Service
public class ComplaintIntake {

    private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);
    /** Starts complaint-handling; the ticket is its correlation key and message id, so a case starts one instance. */
    static final String ACCEPTED_MESSAGE = "complaint-accepted";

    /**
     * created: a new report was stored. joined: always false since intake no longer joins reports
     * (Diskominfo does, in triage); kept so the intake answers keep their shape.
     */
    public record Accepted(String ticket, ComplaintStatus status, boolean created, boolean joined) {}

    private final Complaints complaints;
    private final Categories categories;
    private final EngineGateway engine;
    private final TicketNumbers tickets;
    private final Timeline timeline;
    private final Validator validator;
    private final DuplicateFinder duplicates;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Places places;

    ComplaintIntake(
            Complaints complaints,
            Categories categories,
            EngineGateway engine,
            TicketNumbers tickets,
            Timeline timeline,
            Validator validator,
            DuplicateFinder duplicates,
            TransactionTemplate tx,
            Clock clock,
            MeterRegistry meters,
            Places places) {
        this.meters = meters;
        this.places = places;
        this.duplicates = duplicates;
        this.complaints = complaints;
        this.categories = categories;
        this.engine = engine;
        this.tickets = tickets;
        this.timeline = timeline;
        this.validator = validator;
        this.tx = tx;
        this.clock = clock;
    }

    /** Where a channel message came from: the official account that received it and its sender's platform id. */
    public record Origin(String accountId, String senderId) {}

    public Accepted submit(ComplaintSubmission submission) {
        return submit(submission, null);
    }

    public Accepted submit(ComplaintSubmission submission, Origin origin) {
        validate(submission);
        String externalId =
                submission.externalId() == null || submission.externalId().isBlank()
                        ? "gen-" + UUID.randomUUID()
                        : submission.externalId().trim();
        var existing = complaints.byChannelMessage(submission.channel(), externalId);
        if (existing.isPresent()) {
            return acceptedAs(existing.get(), false);
        }
        String ticket = tickets.next();
        try {
            Accepted accepted = storeRetryingRaces(submission, externalId, ticket, origin);
            log.info("case {} accepted from channel {}", ticket, submission.channel());
            // operators' metric (docs/operations.md): new cases only, a redelivery is not counted
            meters.counter(
                            "tanggap.cases.received",
                            "channel",
                            submission.channel().name())
                    .increment();
            return accepted;
        } catch (DataIntegrityViolationException duplicate) {
            // the same message arrived concurrently: the other delivery created the case
            return complaints
                    .byChannelMessage(submission.channel(), externalId)
                    .map(c -> acceptedAs(c, false))
                    .orElseThrow(() -> duplicate);
        }
    }

    /** A lost optimistic-lock race while storing is retried with the same ticket. */
    private Accepted storeRetryingRaces(
            ComplaintSubmission submission, String externalId, String ticket, Origin origin) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> store(submission, externalId, ticket, origin));
            } catch (OptimisticLockingFailureException | PessimisticLockingFailureException race) {
                if (attempt >= 5) {
                    throw race;
                }
            }
        }
    }

    /** A redelivered message answers with its own case (whose public status names a case it was joined to). */
    private Accepted acceptedAs(Complaint report, boolean created) {
        return new Accepted(report.getTicket(), report.getStatus(), created, false);
    }

    /**
     * Every report is a case of its own with its own process. A likely duplicate is only noted as a
     * suggestion for triage: a report near a decoy, or in the same chat as an earlier complaint, is
     * never closed into another case without a person deciding so.
     */
    private Accepted store(ComplaintSubmission s, String externalId, String ticket, Origin origin) {
        Instant now = clock.instant();
        var location = s.location();
        var suggestion = duplicates.suggestionFor(
                s.channel(),
                s.category().trim(),
                location == null ? null : location.lat(),
                location == null ? null : location.lon(),
                s.threadId(),
                now);
        var reporter = new Complaint.Reporter(
                trim(s.reporter().name()),
                trim(s.reporter().contact()),
                s.reporter().anonymous(),
                s.reporter().confidential());
        Complaint complaint = complaints.open(new Complaint(
                ticket,
                s.channel(),
                externalId,
                reporter,
                s.text().trim(),
                s.category().trim(),
                location == null ? null : location.lat(),
                location == null ? null : location.lon(),
                location == null ? null : trim(location.address()),
                s.attachmentsOrEmpty(),
                now));
        complaint.threadOf(trim(s.threadId()));
        // a region a national door named wins; else the place: the routing table's region column reads it
        String region = trim(s.region());
        complaint.inRegion(
                region != null || location == null
                        ? region
                        : places.regionOf(location.lat(), location.lon(), location.address()));
        if (origin != null) {
            complaint.cameThrough(origin.accountId(), origin.senderId());
        }
        suggestion.ifPresent(complaint::suggestDuplicateOf);
        timeline.record(
                complaint,
                "intake",
                ComplaintStatus.DITERIMA,
                now,
                "Sistem Tanggap",
                "Aduan diterima melalui " + s.channel().label());
        // queuedFor: the engine counts the case's clocks from now, however long it takes to reach the engine
        engine.publishLater(
                ACCEPTED_MESSAGE,
                ticket,
                ticket,
                Map.of("complaintId", complaint.getId(), EngineGateway.QUEUED_FOR, Duration.ZERO.toString()));
        return new Accepted(ticket, ComplaintStatus.DITERIMA, true, false);
    }

    /** Checks a submission as submit() would, naming every bad field; stores nothing. */
    public void validate(ComplaintSubmission s) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<ComplaintSubmission> v : validator.validate(s)) {
            problems.add(
                    new FieldProblem(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()));
        }
        if (s.reporter() != null
                && !s.reporter().anonymous()
                && (s.reporter().name() == null || s.reporter().name().isBlank())) {
            problems.add(new FieldProblem("reporter.name", "wajib diisi kecuali melapor secara anonim"));
        }
        if (s.category() != null
                && !s.category().isBlank()
                && s.category().length() <= 40
                && !categories.isOpen(s.category().trim())) {
            problems.add(new FieldProblem("category", "kategori tidak dikenal atau sudah tidak dipakai"));
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
