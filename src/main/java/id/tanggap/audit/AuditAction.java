package id.tanggap.audit;

/**
 * What an audit row records. Stored by name in {@code audit_log.action}; add new codes at the end, never
 * rename one, so that older rows stay searchable.
 */
public enum AuditAction {
    /** A successful interactive login (login form or OIDC); API calls with HTTP Basic are audited per action instead. */
    LOGIN,
    /** A wrong user name or password (form or HTTP Basic); attempts the login throttle refuses never reach the check. */
    LOGIN_FAILED,
    /** A confidential reporter's name and contact shown to Diskominfo or an administrator. */
    IDENTITY_READ,
    /** A file or list taken out of the application: a report download, the audit CSV. */
    EXPORT,
    /** An official registered or changed in the registry of officials. */
    OFFICIAL_CHANGED,
    /** An official account submitted to (or changed in) the account registry. */
    ACCOUNT_CHANGED,
    /** A holiday set, renamed or removed in the working-day calendar. */
    HOLIDAY_CHANGED,
    /** The ASN/THL staff inventory imported from CSV. */
    INVENTORY_IMPORTED,
    /** A staff account or its roles changed. */
    ROLE_CHANGED,
    /** A process or decision model deployed to the engine. */
    MODEL_DEPLOYED,
    /** Master data (categories, OPDs, SLA settings) changed. */
    MASTER_DATA_CHANGED,
    /** Names of ASN/THL staff from the inventory shown to a staff user (a campaign's participants). */
    STAFF_INVENTORY_READ,
    /** Personal data of cases erased: the daily retention job, or a granted request of the data subject. */
    PERSONAL_DATA_ERASED,
    /** A data subject, having proved control of their contact, saw the personal data held about them. */
    SUBJECT_ACCESS,
    /** A data subject's request (correction, erasure, withdrawal of consent) received. */
    SUBJECT_REQUEST_RECEIVED,
    /** Diskominfo's decision on a data subject's request, carried out. */
    SUBJECT_REQUEST_DECIDED,
    /** A data subject's request still open at its legal deadline. */
    SUBJECT_REQUEST_OVERDUE
}
