package id.tanggap.complaint;

import id.tanggap.routing.Categories;
import id.tanggap.routing.Opds;
import id.tanggap.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read models of a case: the public status, and the full case for staff. */
@Service
@Transactional(readOnly = true)
class ComplaintQueries {

    private final ComplaintRepository complaints;
    private final ComplaintEventRepository events;
    private final Categories categories;
    private final Opds opds;
    private final List<ResolutionEvidence> uploadedEvidence;

    ComplaintQueries(
            ComplaintRepository complaints,
            ComplaintEventRepository events,
            Categories categories,
            Opds opds,
            List<ResolutionEvidence> uploadedEvidence) {
        this.uploadedEvidence = uploadedEvidence;
        this.complaints = complaints;
        this.events = events;
        this.categories = categories;
        this.opds = opds;
    }

    public Complaint byTicket(String ticket) {
        return complaints
                .findByTicket(ticket)
                .orElseThrow(() -> new NotFoundException("Tidak ada aduan dengan nomor tiket " + ticket));
    }

    /**
     * The complainant's own view, when the code matches the one of the resolution notice (the only proof a complainant
     * holds today); empty for anyone else, and while no code was issued.
     */
    public java.util.Optional<ComplainantView> complainantView(String ticket, String code) {
        Complaint c = byTicket(ticket);
        String issued = c.getConfirmationCode();
        if (code == null || issued == null || !code.trim().equalsIgnoreCase(issued)) {
            return java.util.Optional.empty();
        }
        List<String> evidence = new java.util.ArrayList<>(
                c.getEvidenceUrls() == null
                        ? List.of()
                        : c.getEvidenceUrls()
                                .lines()
                                .map(String::trim)
                                .filter(l -> !l.isEmpty())
                                .toList());
        // the photos the OPD uploaded on the evidence page, after the links typed in the resolve form
        uploadedEvidence.forEach(e -> evidence.addAll(e.photoLinks(c.getId())));
        return java.util.Optional.of(new ComplainantView(c.getBody(), c.getAttachments(), evidence));
    }

    /** The reports Diskominfo joined to this case, oldest first. */
    public List<Complaint> joinedReports(Complaint c) {
        return complaints.findByDuplicateOfIdOrderByIdAsc(c.getId());
    }

    public PublicStatus publicStatus(String ticket) {
        Complaint c = byTicket(ticket);
        List<PublicStatus.Entry> timeline = events.findByComplaintIdOrderByOccurredAtAscIdAsc(c.getId()).stream()
                .filter(e -> !e.isInternal())
                .map(e -> new PublicStatus.Entry(
                        e.getStatus().name(), e.getStatus().label(), e.getOccurredAt(), e.getActor(), e.getNote()))
                .toList();
        PublicStatus.Response response = c.getRespondedAt() == null
                ? null
                : new PublicStatus.Response(c.getResponseText(), c.getPublicReplyUrl(), c.getRespondedAt());
        PublicStatus.Resolution resolution = c.getResolvedAt() == null
                ? null
                : new PublicStatus.Resolution(c.getResolutionText(), c.getResolutionReplyUrl(), c.getResolvedAt());
        String joined = c.getDuplicateOfId() == null
                ? null
                : complaints
                        .findById(c.getDuplicateOfId())
                        .map(Complaint::getTicket)
                        .orElse(null);
        return new PublicStatus(
                c.getTicket(),
                c.getStatus().name(),
                c.getStatus().label(),
                c.getCategoryCode(),
                categories.nameOf(c.getCategoryCode()),
                c.getOpdCode() == null ? null : opds.nameOf(c.getOpdCode()),
                c.getCreatedAt(),
                c.getResponseDueAt(),
                c.getResolutionDueAt(),
                response,
                resolution,
                c.getRating(),
                c.getSupporterCount(),
                joined,
                c.isAwaitingConfirmation(),
                timeline);
    }
}
