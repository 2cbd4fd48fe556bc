package id.tanggap.privacy;

import id.tanggap.notification.Mailer;
import id.tanggap.shared.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes that prove control of an e-mail address (table {@code subject_code}). A code is six
 * digits, stored only as a hash with the page token, valid for {@code code-ttl}, used once, void after
 * {@code max-attempts} wrong tries. A code is e-mailed only when the address was given in a case, but
 * every request gets a token and the same answer, so the page does not tell who reported.
 */
@Component
class SubjectCodes {

    enum Outcome {
        VERIFIED,
        WRONG,
        EXPIRED,
        UNKNOWN
    }

    record Check(Outcome outcome, String contact, int attemptsLeft) {}

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final Mailer mailer;
    private final SubjectCases cases;
    private final SubjectRequestProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SubjectCodes(
            JdbcTemplate jdbc,
            PersonalDataCipher cipher,
            Mailer mailer,
            SubjectCases cases,
            SubjectRequestProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.mailer = mailer;
        this.cases = cases;
        this.properties = properties;
        this.clock = clock;
    }

    /** Issues a code for an e-mail address and returns the token of its page. */
    @Transactional
    String issue(String email) {
        String contact = SubjectCases.normalise(email);
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant now = clock.instant();
        jdbc.update(
                "INSERT INTO subject_code (token, contact, code_hash, created_at, expires_at, attempts) VALUES (?, ?, ?, ?, ?, 0)",
                token,
                cipher.encrypt(contact),
                hash(token, code),
                Timestamp.from(now),
                Timestamp.from(now.plus(properties.codeTtl())));
        if (!cases.of(contact).isEmpty()) {
            mailer.sendOnce(
                    "subject-code:" + token,
                    null,
                    contact,
                    "Kode verifikasi permintaan data pribadi Tanggap",
                    "subject-code",
                    Map.of("code", code, "minutes", properties.codeTtl().toMinutes()));
        }
        return token;
    }

    /** Checks a typed code; a right one is used up, a wrong one counts against the attempts. */
    @Transactional
    Check check(String token, String code) {
        record Row(long id, String contact, String codeHash, Instant expires, int attempts, boolean used) {}
        List<Row> rows = jdbc.query(
                "SELECT id, contact, code_hash, expires_at, attempts, used_at FROM subject_code WHERE token = ? FOR UPDATE",
                (rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getString("contact"),
                        rs.getString("code_hash"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getInt("attempts"),
                        rs.getTimestamp("used_at") != null),
                token);
        if (rows.isEmpty()) {
            return new Check(Outcome.UNKNOWN, null, 0);
        }
        Row row = rows.get(0);
        int attempts = row.attempts();
        if (row.used()
                || attempts >= properties.maxAttempts()
                || !clock.instant().isBefore(row.expires())) {
            return new Check(Outcome.EXPIRED, null, 0);
        }
        boolean right = code != null
                && code.strip().matches("\\d{6}")
                && MessageDigest.isEqual(
                        hash(token, code.strip()).getBytes(StandardCharsets.US_ASCII),
                        row.codeHash().getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            jdbc.update("UPDATE subject_code SET attempts = attempts + 1 WHERE id = ?", row.id());
            int left = properties.maxAttempts() - attempts - 1;
            return new Check(left > 0 ? Outcome.WRONG : Outcome.EXPIRED, null, left);
        }
        jdbc.update("UPDATE subject_code SET used_at = ? WHERE id = ?", Timestamp.from(clock.instant()), row.id());
        return new Check(Outcome.VERIFIED, cipher.decrypt(row.contact()), 0);
    }

    private static String hash(String token, String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((token + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
