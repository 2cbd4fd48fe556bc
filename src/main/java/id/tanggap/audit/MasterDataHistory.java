package id.tanggap.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The history of master data (table {@code master_data_change}): every change of an OPD, a position, a category, an
 * escalation contact, a forwarding target or a holiday, with who, when and the record before and after. The owning
 * module records it in the same transaction as the change, whichever door the change came through (the screens of
 * {@code /data-induk}, the API, demo data). Unlike {@code audit_log} the values may name an official (an escalation
 * contact, a position's holder): they are what the record says, shown only to Diskominfo and administrators. Each
 * change also leaves one {@link AuditAction#MASTER_DATA_CHANGED} row in the audit trail, without the values.
 * Append-only: this class only inserts, and on MySQL triggers refuse updates and deletes.
 */
@Component
public class MasterDataHistory {

    /** What kind of record changed; stored by name, add new ones at the end. */
    public enum Kind {
        OPD,
        POSITION,
        CATEGORY,
        ESCALATION_CONTACT,
        FORWARD_TARGET,
        HOLIDAY
    }

    /** One change; {@code before} is null for a new record, {@code after} null for a removed one. */
    public record Change(
            Instant at, String actor, Kind kind, String recordKey, String action, String before, String after) {

        /** The kind of change as the pages name it ("Dinonaktifkan"); {@link #action()} keeps the stored code. */
        public String actionLabel() {
            return ACTION_LABELS.getOrDefault(action, action);
        }
    }

    /** The kinds of change the owning modules record (by code) and how the history pages name them. */
    private static final Map<String, String> ACTION_LABELS = Map.of(
            "DIBUAT", "Dibuat",
            "DIUBAH", "Diubah",
            "DIAKTIFKAN", "Diaktifkan",
            "DINONAKTIFKAN", "Dinonaktifkan",
            "DIHAPUS", "Dihapus",
            "PEMEGANG_DIGANTI", "Pemegang diganti");

    /** The actor of a change made without a logged-in user (demo data, a migration step). */
    public static final String SYSTEM = "sistem";

    private static final int MAX_VALUE = 2000;

    private static final RowMapper<Change> ROW = (rs, i) -> new Change(
            rs.getTimestamp("at").toInstant(),
            rs.getString("actor"),
            Kind.valueOf(rs.getString("kind")),
            rs.getString("record_key"),
            rs.getString("action"),
            rs.getString("before_value"),
            rs.getString("after_value"));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    MasterDataHistory(JdbcTemplate jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Records a change by the logged-in user (or {@link #SYSTEM}); nothing is recorded when before and after are the
     * same (a form saved unchanged). Call inside the transaction of the change.
     */
    public void record(Kind kind, String recordKey, String action, String before, String after) {
        record(kind, recordKey, action, before, after, AuditAction.MASTER_DATA_CHANGED, action);
    }

    /**
     * As {@link #record(Kind, String, String, String, String)}, with the audit trail's row under a more specific
     * action than MASTER_DATA_CHANGED (a holiday keeps its HOLIDAY_CHANGED); {@code auditDetail} carries no personal data.
     */
    public void record(
            Kind kind,
            String recordKey,
            String action,
            String before,
            String after,
            AuditAction auditAction,
            String auditDetail) {
        if (Objects.equals(before, after)) {
            return;
        }
        jdbc.update(
                "INSERT INTO master_data_change (at, actor, kind, record_key, action, before_value, after_value)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()),
                cut(currentActor(), 200),
                kind.name(),
                cut(recordKey, 200),
                cut(action, 40),
                before == null ? null : cut(before, MAX_VALUE),
                after == null ? null : cut(after, MAX_VALUE));
        // the audit trail names the record and the kind of change only: its detail carries no personal data
        audit.record(
                auditAction,
                auditAction == AuditAction.MASTER_DATA_CHANGED ? kind.name() + " " + recordKey : recordKey,
                auditDetail);
    }

    /** The changes of one record, newest first. */
    public List<Change> of(Kind kind, String recordKey) {
        return jdbc.query(
                "SELECT * FROM master_data_change WHERE kind = ? AND record_key = ? ORDER BY at DESC, id DESC",
                ROW,
                kind.name(),
                recordKey);
    }

    /** The latest changes of one kind of record (or of all kinds when {@code kind} is null), newest first. */
    public List<Change> latest(Kind kind, int limit) {
        return kind == null
                ? jdbc.query("SELECT * FROM master_data_change ORDER BY at DESC, id DESC LIMIT ?", ROW, limit)
                : jdbc.query(
                        "SELECT * FROM master_data_change WHERE kind = ? ORDER BY at DESC, id DESC LIMIT ?",
                        ROW,
                        kind.name(),
                        limit);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean known = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return known ? AuditTrail.actor(auth) : SYSTEM;
    }

    private static String cut(String value, int max) {
        String v = value == null ? "" : value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
