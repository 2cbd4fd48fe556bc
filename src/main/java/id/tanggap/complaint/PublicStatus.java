package id.tanggap.complaint;

import java.time.Instant;
import java.util.List;

/** What anyone with the ticket may see of a case: no reporter, no complaint text, no address. */
public record PublicStatus(String ticket, String status, String statusLabel, String category, String categoryName,
                           String opd, Instant receivedAt, Instant responseDueAt, Response response, List<Entry> timeline) {

    public record Response(String text, String publicReplyUrl, Instant respondedAt) {}

    public record Entry(String status, String label, Instant at, String actor, String note) {}
}
