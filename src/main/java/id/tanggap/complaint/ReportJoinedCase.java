package id.tanggap.complaint;

/** A new report turned out to be the same as an open case and joined it ("saya juga mengalami"). */
public record ReportJoinedCase(long reportId, long caseId) {}
