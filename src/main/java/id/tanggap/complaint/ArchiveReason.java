package id.tanggap.complaint;

/**
 * Why a case was archived in triage, without handling; stored as the case's close reason. The
 * process passes the same names as {@code archiveReason}.
 */
public enum ArchiveReason {
    /** Diskominfo found the report incomplete. */
    INCOMPLETE,
    /** The complainant did not answer the question in time. */
    NO_INFO;

    /** The reason the process names; anything but NO_INFO is an incomplete report. */
    public static ArchiveReason of(String archiveReason) {
        return NO_INFO.name().equals(archiveReason) ? NO_INFO : INCOMPLETE;
    }

    /** True for the close reason of a case archived in triage. */
    static boolean isArchive(String closeReason) {
        return INCOMPLETE.name().equals(closeReason) || NO_INFO.name().equals(closeReason);
    }
}
