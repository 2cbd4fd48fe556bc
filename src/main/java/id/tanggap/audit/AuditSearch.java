package id.tanggap.audit;

import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import id.tanggap.shared.TanggapProperties;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads the audit trail, newest first, by period (days in the province's time zone), actor and action. */
@Component
class AuditSearch {

    /** A filter as the page and the API take it; every part is optional. */
    record Filter(LocalDate from, LocalDate to, String actor, String action) {}

    record Page(List<AuditEntry> items, int page, int size, long total) {}

    static final int MAX_PAGE_SIZE = 200;
    /** The CSV holds at most this many rows; a wider export is asked for in parts (by period). */
    static final int MAX_EXPORT_ROWS = 100_000;

    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(
            rs.getLong("id"),
            rs.getTimestamp("at").toInstant(),
            rs.getString("actor"),
            rs.getString("actor_roles"),
            rs.getString("action"),
            rs.getString("subject"),
            rs.getString("detail"),
            rs.getString("client_ip"));

    private final JdbcTemplate jdbc;
    private final TanggapProperties properties;

    AuditSearch(JdbcTemplate jdbc, TanggapProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    Page page(Filter filter, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>(check(filter));
        if (page < 0) {
            problems.add(new FieldProblem("page", "halaman mulai dari 0"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "antara 1 dan " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<AuditEntry> items = jdbc.query(
                "SELECT * FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?", ROW, args.toArray());
        return new Page(items, page, size, total == null ? 0 : total);
    }

    List<AuditEntry> export(Filter filter) {
        List<FieldProblem> problems = check(filter);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(MAX_EXPORT_ROWS);
        return jdbc.query(
                "SELECT * FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT ?", ROW, args.toArray());
    }

    private static List<FieldProblem> check(Filter f) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.action() != null
                && !f.action().isBlank()
                && Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(f.action()))) {
            problems.add(new FieldProblem("action", "aksi tidak dikenal"));
        }
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            problems.add(new FieldProblem("to", "tanggal akhir sebelum tanggal awal"));
        }
        if (f.actor() != null && f.actor().length() > 200) {
            problems.add(new FieldProblem("actor", "paling banyak 200 karakter"));
        }
        return problems;
    }

    private String where(Filter f, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (f.from() != null) {
            conditions.add("at >= ?");
            args.add(Timestamp.from(f.from().atStartOfDay(properties.zone()).toInstant()));
        }
        if (f.to() != null) {
            conditions.add("at < ?");
            args.add(Timestamp.from(
                    f.to().plusDays(1).atStartOfDay(properties.zone()).toInstant()));
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            conditions.add("actor = ?");
            args.add(f.actor().strip());
        }
        if (f.action() != null && !f.action().isBlank()) {
            conditions.add("action = ?");
            args.add(f.action());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
