package id.tanggap.complaint;

/**
 * A case ended (closed after handling, forwarded elsewhere, or clarified as hoax); published by the complaint
 * module in the transaction that ends it, whoever's step that was. A report closed by joining another case
 * does not count: its own case goes on.
 */
public record CaseEnded(long caseId, String ticket, ComplaintStatus status) {}
