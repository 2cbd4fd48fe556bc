package id.tanggap.complaint;

import java.time.Instant;
import java.util.List;

/** What anyone with the ticket may see of a case: no reporter, no complaint text, no address. */
public record PublicStatus(
        String ticket,
        String status,
        String statusLabel,
        String category,
        String categoryName,
        String opd,
        Instant receivedAt,
        Instant responseDueAt,
        Instant resolutionDueAt,
        Response response,
        Resolution resolution,
        Integer rating,
        int supporters,
        String joinedTicket,
        boolean awaitingRating,
        List<Entry> timeline) {

    public record Response(String text, String publicReplyUrl, Instant respondedAt) {}

    public record Resolution(String text, String publicReplyUrl, Instant resolvedAt) {}

    public record Entry(String status, String label, Instant at, String actor, String note) {}
}
