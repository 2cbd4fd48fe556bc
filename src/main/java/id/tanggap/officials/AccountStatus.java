package id.tanggap.officials;

/** Where an official account stands in its verification; only VERIFIED accounts take complaints. */
public enum AccountStatus {
    SUBMITTED,
    VERIFIED,
    REJECTED
}
