package id.tanggap.complainantnotice;

import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.PublicChange;
import java.util.Optional;

/**
 * The public changes a complainant is told of. Which step made a timeline entry is read from its key (the job type
 * before the colon, or "intake"): entries that are notices themselves (replyOnChannel, an official account's own
 * answer), the complainant's own acts (rating, answers), escalations and verifications tell nothing new.
 */
enum NoticeKind {
    RECEIPT,
    DISPOSITION,
    RESPONSE,
    NEED_INFO,
    FORWARDED,
    HOAX,
    JOINED,
    ON_HOLD,
    COORDINATION,
    RESOLVED,
    CLOSED;

    static Optional<NoticeKind> of(PublicChange change) {
        String key = change.eventKey() == null ? "" : change.eventKey();
        String step = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        ComplaintStatus status = change.status();
        NoticeKind kind = switch (step) {
            case "intake" -> RECEIPT;
            case "recordDisposition" -> DISPOSITION;
            case "recordResponse" -> RESPONSE;
            case "askComplainant" -> NEED_INFO;
            case "forwardComplaint" -> FORWARDED;
            case "recordHoaxClarification" -> HOAX;
            case "joinDuplicate" -> status == ComplaintStatus.DITUTUP ? JOINED : null;
            case "holdComplaint" -> ON_HOLD;
            case "recordCoordination" -> COORDINATION;
            case "recordResolution" -> RESOLVED;
            case "closeComplaint", "archiveComplaint", "followPrimaryCase" ->
                status == ComplaintStatus.DITUTUP ? CLOSED : null;
            default -> null;
        };
        return Optional.ofNullable(kind);
    }
}
