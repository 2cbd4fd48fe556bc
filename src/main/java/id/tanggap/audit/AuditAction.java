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
    MASTER_DATA_CHANGED
}
