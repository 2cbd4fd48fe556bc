package id.tanggap.complaint;

import id.tanggap.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases as other modules read and open them: the complaint module's repository stays inside the
 * module, so what counts as "the same message", "a case of this thread" or "a case nearby" is written here once.
 */
@Component
public class Complaints {

    private final ComplaintRepository repository;
    private final Timeline timeline;

    Complaints(ComplaintRepository repository, Timeline timeline) {
        this.repository = repository;
        this.timeline = timeline;
    }

    /** The case with this ticket, empty when there is none (or no ticket). */
    public Optional<Complaint> byTicket(String ticket) {
        return ticket == null ? Optional.empty() : repository.findByTicket(ticket);
    }

    /** The case with this id, empty when there is none (or no id). */
    public Optional<Complaint> byId(Long id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    /** The case a job or an event names: its absence is a programming or data error, not bad input. */
    public Complaint load(long id) {
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("no complaint with id " + id));
    }

    /** The case made from this message of a channel (the external id is unique per channel). */
    public Optional<Complaint> byChannelMessage(Channel channel, String externalId) {
        return externalId == null ? Optional.empty() : repository.findByChannelAndExternalId(channel, externalId);
    }

    /** The cases of a conversation that still take joined reports, oldest first. */
    public List<Complaint> joinableInThread(String threadId) {
        return repository.findByThreadIdAndDuplicateOfIdIsNullOrderByIdAsc(threadId).stream()
                .filter(Complaint::acceptsJoinedReports)
                .toList();
    }

    /** The cases of a category reported since {@code since} inside the box that still take joined reports. */
    public List<Complaint> joinableInBox(
            String categoryCode, Instant since, double latFrom, double latTo, double lonFrom, double lonTo) {
        return repository
                .findByCategoryCodeAndCreatedAtAfterAndDuplicateOfIdIsNullAndLatitudeBetweenAndLongitudeBetween(
                        categoryCode, since, latFrom, latTo, lonFrom, lonTo)
                .stream()
                .filter(Complaint::acceptsJoinedReports)
                .toList();
    }

    /** The cases (no joined reports) received between the two moments, newest first, at most {@code limit}. */
    public List<Complaint> receivedBetween(Instant from, Instant to, int limit) {
        return repository.findByCreatedAtBetweenAndDuplicateOfIdIsNull(
                from, to, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    /** The reports joined to this case, oldest first. */
    public List<Complaint> joinedTo(long caseId) {
        return repository.findByDuplicateOfIdOrderByIdAsc(caseId);
    }

    /** Adds a photo link to the case (see {@link Complaint#attach}). */
    @Transactional
    public void attach(long caseId, String link) {
        load(caseId).attach(link);
    }

    /** What a place the complainant shared after the case was registered did to it. */
    public enum SharedPlace {
        /** In triage: the case moved there, and the routing uses the region of that point. */
        USED_FOR_ROUTING,
        /** Past disposition: kept on the staff timeline (and as the case's point if it had none); the OPD is told. */
        TOLD_TO_OPD,
        /** An ended case without coordinates took it as its point. */
        KEPT,
        /** The case lies there already, or ended with a point of its own. */
        UNCHANGED
    }

    /**
     * A place the complainant shared after writing (a WhatsApp location, a later message with coordinates). In triage
     * it becomes the case's point and region, so routing decides by it; after disposition the case is never re-routed
     * by it (docs/channels/): it fills coordinates the case lacks, and the staff timeline says where the complainant
     * put it. {@code eventKey}: one entry per shared place, however often it is handled.
     */
    @Transactional
    public SharedPlace locationShared(
            long caseId, double latitude, double longitude, String region, String eventKey, Instant at) {
        Complaint c = load(caseId);
        if (c.isAt(latitude, longitude)) {
            return SharedPlace.UNCHANGED;
        }
        String point = latitude + ", " + longitude;
        if (c.atTriage()) {
            c.relocatedInTriage(latitude, longitude, region);
            timeline.recordInternal(
                    c,
                    eventKey,
                    c.getStatus(),
                    at,
                    "Pelapor",
                    "Pelapor membagikan titik lokasi " + point + "; wilayah untuk disposisi: "
                            + (region == null ? "tidak dikenali dari titik itu" : region));
            return SharedPlace.USED_FOR_ROUTING;
        }
        boolean filled = c.placedAt(latitude, longitude);
        if (c.getStatus().isOpen() && c.getOpdCode() != null) {
            timeline.recordInternal(
                    c,
                    eventKey,
                    c.getStatus(),
                    at,
                    "Pelapor",
                    "Pelapor membagikan titik lokasi setelah disposisi: " + point
                            + (region == null ? "" : " (" + region + ")")
                            + (filled ? "" : "; titik awal aduan tetap") + ". OPD dan wilayah tidak diubah otomatis.");
            return SharedPlace.TOLD_TO_OPD;
        }
        return filled ? SharedPlace.KEPT : SharedPlace.UNCHANGED;
    }

    /**
     * Stores a new case and flushes it, so a second intake of the same message fails here on the unique
     * (channel, external id) key, inside the caller's transaction.
     */
    @Transactional
    public Complaint open(Complaint newCase) {
        if (newCase.getId() != null) {
            throw new IllegalArgumentException("case " + newCase.getTicket() + " is already stored");
        }
        return repository.saveAndFlush(newCase);
    }
}
