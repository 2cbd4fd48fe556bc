package id.tanggap.privacy;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/privacy-requests/<reference>}: the details of a data subject's request (the corrected
 * name, the subject's note) that the task form does not carry, for Diskominfo and administrators; each
 * read is an audited read of personal data.
 */
@RestController
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class PrivacyRequestController {

    record RequestView(
            String reference,
            String kind,
            String kindLabel,
            String contact,
            List<String> tickets,
            String correctedName,
            String note,
            String status,
            Instant receivedAt,
            Instant dueAt,
            String decisionReason) {}

    private final SubjectRequests requests;
    private final AuditTrail trail;

    PrivacyRequestController(SubjectRequests requests, AuditTrail trail) {
        this.requests = requests;
        this.trail = trail;
    }

    @GetMapping("/api/privacy-requests/{id}")
    RequestView request(@PathVariable("id") String reference) {
        SubjectRequests.Request r = requests.find(reference)
                .orElseThrow(() -> new NotFoundException("no data subject request " + reference));
        trail.record(AuditAction.IDENTITY_READ, reference, "rincian permintaan subjek data dibuka");
        return new RequestView(
                r.reference(),
                r.kind().name(),
                r.kind().label,
                r.contact(),
                r.tickets(),
                r.correctedName(),
                r.note(),
                r.status(),
                r.receivedAt(),
                r.dueAt(),
                r.decisionReason());
    }
}
