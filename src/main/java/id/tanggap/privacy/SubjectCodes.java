package id.tanggap.privacy;

import id.tanggap.notification.Mailer;
import id.tanggap.shared.ApplicationKeys;
import id.tanggap.shared.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes that prove control of an e-mail address (table {@code subject_code}). A code is six
 * digits, stored only as a hash with the page token, valid for {@code code-ttl}, used once, void after
 * {@code max-attempts} wrong tries. A code is e-mailed only when the address was given in a case, but
 * every request gets a token and the same answer, so the page does not tell who reported. One address is
 * given at most {@code codes-per-hour} codes an hour (table {@code subject_code_quota}), counted alike for
 * every address, so that asking again does not outrun the attempts and nobody's inbox is flooded.
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

    /** The key of an address in {@code subject_code_quota}: a keyed hash, as the address is personal data. */
    static final String CONTACT_KEY_PURPOSE = "tanggap/subject-code-contact/v1";
    /** The window of {@code codes-per-hour}: it opens with an address's first code and lasts an hour. */
    static final Duration QUOTA_WINDOW = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final ApplicationKeys keys;
    private final Mailer mailer;
    private final SubjectCases cases;
    private final SubjectRequestProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SubjectCodes(
            JdbcTemplate jdbc,
            PersonalDataCipher cipher,
            ApplicationKeys keys,
            Mailer mailer,
            SubjectCases cases,
            SubjectRequestProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.keys = keys;
        this.mailer = mailer;
        this.cases = cases;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Issues a code for an e-mail address and returns the token of its page, or empty when the address has had its
     * {@code codes-per-hour} already (then nothing is stored or sent).
     */
    @Transactional
    Optional<String> issue(String email) {
        String contact = SubjectCases.normalise(email);
        Instant now = clock.instant();
        if (!takeFromQuota(keys.sign(CONTACT_KEY_PURPOSE, contact), now)) {
            return Optional.empty();
        }
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        String code = String.format("%06d", random.nextInt(1_000_000));
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
        return Optional.of(token);
    }

    /**
     * Counts one code against the address's window, or refuses it. The UPDATE takes the row's lock until the
     * transaction ends, so parallel requests (on any instance) are counted one after the other; the first code of an
     * address inserts its row, and a parallel first one that loses the insert is counted by the UPDATE once more. The
     * key follows the current crypto key: after a rotation an address starts a fresh window, once.
     */
    private boolean takeFromQuota(String contactKey, Instant now) {
        if (takeFromWindow(contactKey, now)) {
            return true;
        }
        try {
            jdbc.update(
                    "INSERT INTO subject_code_quota (contact_key, window_start, issued) VALUES (?, ?, 1)",
                    contactKey,
                    Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException e) {
            return takeFromWindow(contactKey, now);
        }
    }

    /** One more code in the open window, or the first of a new one when the last has passed; false at the limit. */
    private boolean takeFromWindow(String contactKey, Instant now) {
        Timestamp passed = Timestamp.from(now.minus(QUOTA_WINDOW));
        // issued is set before window_start: MySQL reads columns already set in the same UPDATE
        return jdbc.update(
                        "UPDATE subject_code_quota SET"
                                + " issued = CASE WHEN window_start <= ? THEN 1 ELSE issued + 1 END,"
                                + " window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END"
                                + " WHERE contact_key = ? AND (window_start <= ? OR issued < ?)",
                        passed,
                        passed,
                        Timestamp.from(now),
                        contactKey,
                        passed,
                        properties.codesPerHour())
                == 1;
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
