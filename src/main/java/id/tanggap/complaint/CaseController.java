package id.tanggap.complaint;

import id.tanggap.shared.Masking;
import id.tanggap.shared.StaffUser;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole case for staff. Diskominfo, supervisors and admins see every case and the reporter;
 * an OPD user sees only the cases of their own OPD, with the reporter masked.
 */
@RestController
class CaseController {

    record Reporter(String name, String contact, boolean anonymous, boolean confidential) {}

    record CaseView(String ticket, String status, String channel, String category, String text, Double lat, Double lon,
                    String address, List<String> attachments, Reporter reporter, String opdCode, String officialNip,
                    Long processInstanceKey, Instant receivedAt, Instant responseDueAt, String responseText,
                    String publicReplyUrl, Instant respondedAt, List<JoinedReport> joinedReports) {}

    /** A report Diskominfo joined to this case: what the other citizen said, without who they are. */
    record JoinedReport(String ticket, String channel, String text, String address, Instant receivedAt) {}

    private final ComplaintQueries queries;

    CaseController(ComplaintQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/cases/{ticket}")
    CaseView caseOf(@PathVariable String ticket, @AuthenticationPrincipal StaffUser user) {
        Complaint c = queries.byTicket(ticket);
        boolean opdOnly = user == null || !user.hasAnyRole("DISKOMINFO", "SUPERVISOR", "ADMIN");
        if (opdOnly && (user == null || user.opdCode() == null || !user.opdCode().equals(c.getOpdCode()))) {
            throw new AccessDeniedException("case " + ticket + " is not handled by the user's OPD");
        }
        Reporter reporter = c.isAnonymous() ? new Reporter(null, null, true, false)
                : opdOnly && c.isConfidential() ? new Reporter("RAHASIA", null, false, true)
                : opdOnly ? new Reporter(Masking.name(c.getReporterName()), Masking.contact(c.getReporterContact()), false, false)
                : new Reporter(c.getReporterName(), c.getReporterContact(), false, c.isConfidential());
        return new CaseView(c.getTicket(), c.getStatus().name(), c.getChannel().name(), c.getCategoryCode(), c.getBody(),
                c.getLatitude(), c.getLongitude(), c.getAddress(), c.getAttachments(), reporter, c.getOpdCode(), c.getOfficialNip(),
                c.getProcessInstanceKey(), c.getCreatedAt(), c.getResponseDueAt(), c.getResponseText(), c.getPublicReplyUrl(),
                c.getRespondedAt(), queries.joinedReports(c).stream()
                        .map(r -> new JoinedReport(r.getTicket(), r.getChannel().name(), r.getBody(), r.getAddress(), r.getCreatedAt())).toList());
    }
}
