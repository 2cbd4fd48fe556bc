package id.tanggap.complaint;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.shared.Masking;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole case for staff, within the user's reach ({@link StaffUser#mayReadCase}). Diskominfo,
 * supervisors and admins see every case; staff and heads of an OPD only their OPD's, with the reporter
 * masked. A confidential reporter is "RAHASIA" for everyone but Diskominfo and admins, and each time
 * they see the identity, the read is logged.
 */
@RestController
class CaseController {

    /** What everyone but Diskominfo sees instead of a confidential reporter's name. */
    static final String CONFIDENTIAL = "RAHASIA";

    record Reporter(String name, String contact, boolean anonymous, boolean confidential) {}

    record CaseView(
            String ticket,
            String status,
            String channel,
            String category,
            String text,
            Double lat,
            Double lon,
            String address,
            List<String> attachments,
            Reporter reporter,
            String opdCode,
            String officialNip,
            Long processInstanceKey,
            Instant receivedAt,
            Instant responseDueAt,
            String responseText,
            String publicReplyUrl,
            Instant respondedAt,
            List<JoinedReport> joinedReports) {}

    /** A report Diskominfo joined to this case: what the other citizen said, without who they are. */
    record JoinedReport(String ticket, String channel, String text, String address, Instant receivedAt) {}

    private final ComplaintQueries queries;
    private final IdentityAccessLog accessLog;
    private final AuditTrail audit;

    private final CaseMapImage maps;

    CaseController(ComplaintQueries queries, IdentityAccessLog accessLog, AuditTrail audit, CaseMapImage maps) {
        this.maps = maps;
        this.queries = queries;
        this.accessLog = accessLog;
        this.audit = audit;
    }

    /**
     * The small map of the case's place for the head of its task forms, within the same reach as the case itself: the
     * exact point may be where the complainant lives, so it is never public. 404 when the case has no coordinates.
     */
    // no "produces": a caller refused must get its 403 whatever it accepts, not a 406
    @GetMapping("/api/cases/{ticket}/peta.png")
    ResponseEntity<byte[]> mapOf(@PathVariable String ticket, @AuthenticationPrincipal StaffUser user) {
        Complaint c = queries.byTicket(ticket);
        if (user == null || !user.mayReadCase(c.getOpdCode(), c.getSubjectOpdCode())) {
            throw new AccessDeniedException("case " + ticket + " is outside the user's reach");
        }
        if (c.getLatitude() == null || c.getLongitude() == null) {
            throw new NotFoundException("aduan " + ticket + " tidak memiliki titik lokasi");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(maps.png(c.getLatitude(), c.getLongitude()));
    }

    @GetMapping("/api/cases/{ticket}")
    CaseView caseOf(@PathVariable String ticket, @AuthenticationPrincipal StaffUser user, HttpServletRequest request) {
        Complaint c = queries.byTicket(ticket);
        if (user == null || !user.mayReadCase(c.getOpdCode(), c.getSubjectOpdCode())) {
            throw new AccessDeniedException("case " + ticket + " is outside the user's reach");
        }
        Reporter reporter;
        if (c.isAnonymous()) {
            reporter = new Reporter(null, null, true, false);
        } else if (c.isConfidential() && user.mayReadConfidentialIdentity()) {
            // logged before the identity leaves: no trail, no identity
            accessLog.record(c, user.username(), request.getRemoteAddr());
            audit.record(AuditAction.IDENTITY_READ, c.getTicket(), "identitas pelapor rahasia dibuka");
            reporter = new Reporter(c.getReporterName(), c.getReporterContact(), false, true);
        } else if (c.isConfidential()) {
            reporter = new Reporter(CONFIDENTIAL, null, false, true);
        } else if (user.seesWholeProvince()) {
            audit.record(AuditAction.IDENTITY_READ, c.getTicket(), "identitas pelapor dibuka tanpa samaran");
            reporter = new Reporter(c.getReporterName(), c.getReporterContact(), false, false);
        } else {
            reporter = new Reporter(
                    Masking.name(c.getReporterName()), Masking.contact(c.getReporterContact()), false, false);
        }
        return new CaseView(
                c.getTicket(),
                c.getStatus().name(),
                c.getChannel().name(),
                c.getCategoryCode(),
                c.getBody(),
                c.getLatitude(),
                c.getLongitude(),
                c.getAddress(),
                c.getAttachments(),
                reporter,
                c.getOpdCode(),
                c.getOfficialNip(),
                c.getProcessInstanceKey(),
                c.getCreatedAt(),
                c.getResponseDueAt(),
                c.getResponseText(),
                c.getPublicReplyUrl(),
                c.getRespondedAt(),
                queries.joinedReports(c).stream()
                        .map(r -> new JoinedReport(
                                r.getTicket(), r.getChannel().name(), r.getBody(), r.getAddress(), r.getCreatedAt()))
                        .toList());
    }
}
