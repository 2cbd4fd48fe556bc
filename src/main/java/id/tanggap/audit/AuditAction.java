package id.tanggap.audit;

/**
 * What an audit row records. Stored by name in {@code audit_log.action}; add new codes at the end, never
 * rename one, so that older rows stay searchable. The page shows each with its Indonesian {@link #label()}.
 */
public enum AuditAction {
    /** A successful interactive login (login form or OIDC); API calls with HTTP Basic are audited per action instead. */
    LOGIN("Berhasil masuk"),
    /** A wrong user name or password (form or HTTP Basic); attempts the login throttle refuses never reach the check. */
    LOGIN_FAILED("Gagal masuk"),
    /** A confidential reporter's name and contact shown to Diskominfo or an administrator. */
    IDENTITY_READ("Data identitas dibuka"),
    /** A file or list taken out of the application: a report download, the audit CSV. */
    EXPORT("Data diunduh"),
    /** An official registered or changed in the registry of officials. */
    OFFICIAL_CHANGED("Data pejabat diubah"),
    /** An official account submitted to (or changed in) the account registry. */
    ACCOUNT_CHANGED("Akun diajukan atau diubah"),
    /** A holiday set, renamed or removed in the working-day calendar. */
    HOLIDAY_CHANGED("Hari libur diubah"),
    /** The ASN/THL staff inventory imported from CSV. */
    INVENTORY_IMPORTED("Inventaris ASN/THL diimpor"),
    /** A staff account or its roles changed. */
    ROLE_CHANGED("Peran akun diubah"),
    /** A process or decision model deployed to the engine. */
    MODEL_DEPLOYED("Model proses diterapkan"),
    /** Master data (categories, OPDs, SLA settings) changed. */
    MASTER_DATA_CHANGED("Data induk diubah"),
    /** Names of ASN/THL staff from the inventory shown to a staff user (a campaign's participants). */
    STAFF_INVENTORY_READ("Nama ASN/THL dibuka"),
    /** Personal data of cases erased: the daily retention job, or a granted request of the data subject. */
    PERSONAL_DATA_ERASED("Data pribadi dihapus"),
    /** A data subject, having proved control of their contact, saw the personal data held about them. */
    SUBJECT_ACCESS("Subjek data melihat datanya"),
    /** A data subject's request (correction, erasure, withdrawal of consent) received. */
    SUBJECT_REQUEST_RECEIVED("Permintaan subjek data diterima"),
    /** Diskominfo's decision on a data subject's request, carried out. */
    SUBJECT_REQUEST_DECIDED("Permintaan subjek data diputuskan"),
    /** A data subject's request still open at its legal deadline. */
    SUBJECT_REQUEST_OVERDUE("Permintaan subjek data melewati batas waktu");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** What the action is called on the audit page: a short Indonesian phrase ("Gagal masuk"); the code stays the key. */
    public String label() {
        return label;
    }

    /** The label of a stored code; a code this version does not know is shown as it is. */
    public static String labelOf(String code) {
        for (AuditAction a : values()) {
            if (a.name().equals(code)) {
                return a.label;
            }
        }
        return code;
    }
}
