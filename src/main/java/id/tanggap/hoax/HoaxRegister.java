package id.tanggap.hoax;

import id.tanggap.security.SafeLinks;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Diskominfo's register of hoax addresses (a URL or a whole domain) with the verdict and the clarification to point to. */
@Service
class HoaxRegister {

    /** One register entry; {@code address} as typed (shown as text only), {@code clarificationUrl} a safe http(s) link. */
    record Entry(
            long id,
            HoaxLinks.Kind kind,
            String matchKey,
            String address,
            HoaxVerdict verdict,
            String clarificationUrl,
            String createdBy,
            Instant createdAt) {

        public String verdictLabel() {
            return verdict.label();
        }

        public String kindLabel() {
            return kind == HoaxLinks.Kind.DOMAIN ? "Domain" : "Tautan";
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    HoaxRegister(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds an entry; refuses (nothing stored) an address that is no URL or domain, an unknown verdict, a clarification that is no safe link, a duplicate. */
    Entry register(String address, String verdict, String clarification, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        HoaxLinks.Key key = HoaxLinks.parse(address);
        if (key == null) {
            problems.add(new FieldProblem(
                    "alamat", "harus tautan (https://...) atau nama domain (mis. situs-palsu.example)"));
        }
        HoaxVerdict v = HoaxVerdict.parse(verdict);
        if (v == null) {
            problems.add(new FieldProblem("putusan", "pilih salah satu putusan"));
        }
        String link = SafeLinks.httpOrNull(clarification);
        if (link == null) {
            problems.add(new FieldProblem("klarifikasi", "harus tautan http(s) ke klarifikasi"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (find(key).isPresent()) {
            throw InvalidInputException.of("alamat", "alamat ini sudah terdaftar");
        }
        Instant now = clock.instant();
        try {
            jdbc.update(
                    "INSERT INTO hoax_entry (kind, match_key, address, verdict, clarification_url, created_by, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    key.kind().name(),
                    key.value(),
                    address.trim(),
                    v.name(),
                    link,
                    by,
                    Timestamp.from(now));
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("alamat", "alamat ini sudah terdaftar");
        }
        return find(key).orElseThrow();
    }

    List<Entry> all() {
        return jdbc.query("SELECT * FROM hoax_entry ORDER BY created_at DESC, id DESC", (rs, i) -> entry(rs));
    }

    private Optional<Entry> find(HoaxLinks.Key key) {
        return jdbc
                .query(
                        "SELECT * FROM hoax_entry WHERE kind = ? AND match_key = ?",
                        (rs, i) -> entry(rs),
                        key.kind().name(),
                        key.value())
                .stream()
                .findFirst();
    }

    /** The first entry one of the links falls under: the exact URL first, else its domain (or a parent domain). */
    Optional<Entry> matching(List<String> links) {
        List<Entry> entries = all();
        for (String link : links) {
            String urlKey = HoaxLinks.urlKey(link);
            String host = HoaxLinks.hostOfLink(link);
            for (Entry e : entries) {
                if (e.kind() == HoaxLinks.Kind.URL && e.matchKey().equals(urlKey)
                        || e.kind() == HoaxLinks.Kind.DOMAIN && HoaxLinks.inDomain(host, e.matchKey())) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(
                rs.getLong("id"),
                HoaxLinks.Kind.valueOf(rs.getString("kind")),
                rs.getString("match_key"),
                rs.getString("address"),
                HoaxVerdict.valueOf(rs.getString("verdict")),
                rs.getString("clarification_url"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
