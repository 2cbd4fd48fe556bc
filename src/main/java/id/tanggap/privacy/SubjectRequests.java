package id.tanggap.privacy;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.process.EngineGateway;
import id.tanggap.shared.PersonalDataCipher;
import id.tanggap.shared.TanggapProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests of data subjects (table {@code data_subject_request}): received from the verified subject's
 * page and handed to bpmn/data-subject-request.bpmn through the engine outbox (message
 * {@code data-subject-request-received}, the reference as correlation key and message id, so a
 * repeated submission starts nothing); decided by Diskominfo and carried out here. The process
 * variables carry the reference, the kind, the tickets and the deadline, never the name or contact.
 */
@Component
class SubjectRequests {

    static final String MESSAGE = "data-subject-request-received";

    /** What a subject may ask for, with the Indonesian label pages and forms show. */
    enum Kind {
        KOREKSI("Perbaikan nama"),
        HAPUS("Penghapusan data pribadi"),
        TARIK_PERSETUJUAN("Penarikan persetujuan dan penghentian pemrosesan");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static Optional<Kind> of(String value) {
            return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
        }
    }

    record Request(
            String reference,
            Kind kind,
            String contact,
            List<String> tickets,
            String correctedName,
            String note,
            String status,
            Instant receivedAt,
            Instant dueAt,
            String decisionReason) {}

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final EngineGateway engine;
    private final AuditTrail trail;
    private final CaseAnonymiser anonymiser;
    private final SubjectRequestProperties properties;
    private final TanggapProperties tanggap;
    private final Clock clock;

    SubjectRequests(
            JdbcTemplate jdbc,
            PersonalDataCipher cipher,
            EngineGateway engine,
            AuditTrail trail,
            CaseAnonymiser anonymiser,
            SubjectRequestProperties properties,
            TanggapProperties tanggap,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.engine = engine;
        this.trail = trail;
        this.anonymiser = anonymiser;
        this.properties = properties;
        this.tanggap = tanggap;
        this.clock = clock;
    }

    /** Records the request and starts its handling; the same reference again returns the first request. */
    @Transactional
    Request submit(
            String reference, String contact, Kind kind, List<String> tickets, String correctedName, String note) {
        Optional<Request> existing = find(reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant due = now.plus(properties.deadline());
        jdbc.update(
                "INSERT INTO data_subject_request (reference, kind, contact, tickets, corrected_name, note, status, received_at, due_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'DITERIMA', ?, ?)",
                reference,
                kind.name(),
                cipher.encrypt(SubjectCases.normalise(contact)),
                String.join(",", tickets),
                cipher.encrypt(correctedName),
                cipher.encrypt(note),
                Timestamp.from(now),
                Timestamp.from(due));
        engine.publishLater(
                MESSAGE,
                reference,
                reference,
                Map.of(
                        "requestRef",
                        reference,
                        "requestKind",
                        kind.name(),
                        "requestKindLabel",
                        kind.label,
                        "ticketList",
                        String.join(", ", tickets),
                        "dueDate",
                        due.toString(),
                        "dueText",
                        DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", Locale.forLanguageTag("id"))
                                        .format(due.atZone(tanggap.zone()))
                                + " " + zoneName()),
                properties.deadline());
        trail.record(
                "subjek-data",
                "",
                AuditAction.SUBJECT_REQUEST_RECEIVED,
                reference,
                kind.name() + ", " + tickets.size() + " aduan: " + String.join(",", tickets),
                AuditTrail.currentClientIp());
        return find(reference).orElseThrow();
    }

    Optional<Request> find(String reference) {
        return jdbc
                .query(
                        "SELECT * FROM data_subject_request WHERE reference = ?",
                        (rs, i) -> new Request(
                                rs.getString("reference"),
                                Kind.valueOf(rs.getString("kind")),
                                cipher.decrypt(rs.getString("contact")),
                                List.of(rs.getString("tickets").split(",")),
                                cipher.decrypt(rs.getString("corrected_name")),
                                cipher.decrypt(rs.getString("note")),
                                rs.getString("status"),
                                rs.getTimestamp("received_at").toInstant(),
                                rs.getTimestamp("due_at").toInstant(),
                                rs.getString("decision_reason")),
                        reference)
                .stream()
                .findFirst();
    }

    /**
     * Carries out Diskominfo's decision once: a granted correction renames the reporter of the cases, a
     * granted erasure or withdrawal erases their personal data. Only cases that still carry the contact the
     * subject proved are touched. Returns the request as decided, or empty when it was decided before.
     */
    @Transactional
    Optional<Request> decide(String reference, boolean grant, String reason) {
        Request r = find(reference).orElseThrow(() -> new IllegalStateException("no request " + reference));
        Instant now = clock.instant();
        int updated = jdbc.update(
                "UPDATE data_subject_request SET status = ?, decided_at = ?, decision_reason = ? WHERE reference = ? AND status = 'DITERIMA'",
                grant ? "DIKABULKAN" : "DITOLAK",
                Timestamp.from(now),
                reason == null ? null : reason.strip(),
                reference);
        if (updated == 0) {
            return Optional.empty();
        }
        int touched = 0;
        if (grant) {
            for (String ticket : r.tickets()) {
                List<Map<String, Object>> rows = jdbc.queryForList(
                        "SELECT id, reporter_contact FROM complaint WHERE ticket = ? AND personal_data_erased_at IS NULL",
                        ticket);
                if (rows.isEmpty()
                        || !SubjectCases.normalise(
                                        cipher.decrypt((String) rows.get(0).get("reporter_contact")))
                                .equals(SubjectCases.normalise(r.contact()))) {
                    continue;
                }
                long id = ((Number) rows.get(0).get("id")).longValue();
                if (r.kind() == Kind.KOREKSI) {
                    touched += jdbc.update(
                            "UPDATE complaint SET reporter_name = ?, version = version + 1 WHERE id = ?",
                            cipher.encrypt(r.correctedName()),
                            id);
                } else {
                    touched += anonymiser.erasePersonalData(id, now) ? 1 : 0;
                }
            }
        }
        trail.record(
                "diskominfo",
                "DISKOMINFO",
                AuditAction.SUBJECT_REQUEST_DECIDED,
                reference,
                r.kind().name() + " " + (grant ? "dikabulkan" : "ditolak") + ", " + touched + " aduan diubah",
                null);
        if (grant && r.kind() != Kind.KOREKSI && touched > 0) {
            trail.record(
                    "diskominfo",
                    "DISKOMINFO",
                    AuditAction.PERSONAL_DATA_ERASED,
                    reference,
                    "atas permintaan subjek data: " + touched + " aduan",
                    null);
        }
        return find(reference);
    }

    private String zoneName() {
        return switch (tanggap.zone().getId()) {
            case "Asia/Jakarta" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> tanggap.zone().getId();
        };
    }
}
