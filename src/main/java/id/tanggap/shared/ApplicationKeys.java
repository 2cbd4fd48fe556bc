package id.tanggap.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The application's keys: one master key ({@code TANGGAP_CRYPTO_KEY}, base64 of 32 bytes) from
 * which a separate key per purpose is derived with HKDF-SHA256 (RFC 5869), so that the key that
 * encrypts personal data is never the key that signs links, and a leak or misuse of one purpose's
 * key says nothing about another's. The fixed keys checked into the dev and test profiles are
 * refused anywhere else: with them, anyone could forge share links or read the data.
 *
 * <p>Rotation: {@code TANGGAP_CRYPTO_KEY_PREVIOUS} (comma-separated) lists the keys used before. They
 * are only ever read with (personal data written under them, share links signed with them); everything
 * new is encrypted and signed under the current key. Each key has an id derived from it
 * ({@link #id()}), which every encrypted value carries, so the key to open it is found without trial.
 * {@code script/rotate-key} re-encrypts the stored values under the current key (docs/operations.md).
 */
@Component
public class ApplicationKeys {

    /** Encrypts personal data at rest (AES-256-GCM, {@link PersonalDataCipher}). */
    public static final String PERSONAL_DATA = "tanggap/personal-data/v1";
    /** Signs staff members' personal campaign share links (HMAC-SHA256). */
    public static final String SHARE_LINKS = "tanggap/share-links/v1";
    /** Tags the Reply-To address of a question e-mail with its case and question (HMAC-SHA256, triage.ReplyAddresses). */
    public static final String MAIL_REPLIES = "tanggap/mail-replies/v1";

    /** The keys in src/test/resources (application-dev.yml, application-test.yml): public, so never for real data. */
    static final Set<String> PUBLIC_DEV_KEYS =
            Set.of("ZGV2LW9ubHkta2V5LWZvci10YW5nZ2FwLWRldi1ydW4=", "dGFuZ2dhcC10ZXN0LWtleS0zMi1ieXRlcy1sb25nISE=");

    private static final byte[] SALT = "tanggap-key-derivation".getBytes(StandardCharsets.UTF_8);

    /** The property with the previous master keys (TANGGAP_CRYPTO_KEY_PREVIOUS), comma-separated. */
    static final String PREVIOUS_KEYS_PROPERTY = "tanggap.crypto.previous-keys";

    private final byte[] master;
    private final String id;
    private final List<ApplicationKeys> previous;

    @Autowired
    public ApplicationKeys(TanggapProperties properties, Environment environment) {
        this(properties.crypto().key(), splitKeys(environment.getProperty(PREVIOUS_KEYS_PROPERTY, "")));
        String configured = properties.crypto().key().trim();
        if (PUBLIC_DEV_KEYS.contains(configured) && !environment.acceptsProfiles(Profiles.of("dev", "test"))) {
            throw new IllegalStateException(
                    "TANGGAP_CRYPTO_KEY is the public key of the dev run/tests; outside the dev and test profiles "
                            + "set your own (openssl rand -base64 32)");
        }
    }

    /** Keys from a master key alone, without the profile check (unit tests). */
    ApplicationKeys(String base64) {
        this(base64, List.of());
    }

    /**
     * The current master key and the master keys used before it (read only), without the profile check
     * (key rotation and its tests).
     */
    public ApplicationKeys(String currentBase64, List<String> previousBase64) {
        this.master = masterFrom(currentBase64);
        this.id = idOf(master);
        this.previous = previousBase64.stream()
                .map(ApplicationKeys::new)
                .filter(k -> !k.id.equals(id))
                .toList();
    }

    static List<String> splitKeys(String list) {
        return list == null
                ? List.of()
                : Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(k -> !k.isEmpty())
                        .toList();
    }

    /**
     * The current key's id: 12 hex digits derived from the key with HKDF (they reveal nothing about it),
     * the same on every instance configured with that key.
     */
    public String id() {
        return id;
    }

    /** The keys used before the current one, to read what was written under them. */
    public List<ApplicationKeys> previous() {
        return previous;
    }

    private static String idOf(byte[] master) {
        return HexFormat.of().formatHex(hkdf(master, SALT, "tanggap/key-id/v1".getBytes(StandardCharsets.UTF_8), 6));
    }

    static byte[] masterFrom(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(
                    "TANGGAP_CRYPTO_KEY is not set: give base64 of 32 random bytes (openssl rand -base64 32)");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TANGGAP_CRYPTO_KEY is not valid base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("TANGGAP_CRYPTO_KEY must decode to 32 bytes, got " + raw.length);
        }
        return raw;
    }

    /** The 32-byte key of one purpose (an info string such as {@link #PERSONAL_DATA}). */
    public byte[] derive(String purpose) {
        return hkdf(master, SALT, purpose.getBytes(StandardCharsets.UTF_8), 32);
    }

    /** The master key itself: only to read personal data encrypted before keys were derived per purpose. */
    byte[] legacyMaster() {
        return master.clone();
    }

    /** A short keyed signature (HMAC-SHA256 under the purpose's key, first 16 bytes, base64url: 22 characters). */
    public String sign(String purpose, String value) {
        byte[] full = hmac(derive(purpose), value.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
    }

    /** True when the signature was made under the current key or a previous one (links sent before a rotation stay valid). */
    public boolean verify(String purpose, String value, String signature) {
        if (signature == null) {
            return false;
        }
        if (MessageDigest.isEqual(
                sign(purpose, value).getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        return previous.stream().anyMatch(k -> k.verify(purpose, value, signature));
    }

    /**
     * A keyed signature in lowercase hex (HMAC-SHA256 under the purpose's key, its first {@code bytes} bytes), for a
     * place that may change the case of what it carries, such as the local part of an e-mail address.
     */
    public String signHex(String purpose, String value, int bytes) {
        if (bytes < 1 || bytes > 32) {
            throw new IllegalArgumentException("bytes must be 1 to 32, got " + bytes);
        }
        byte[] full = hmac(derive(purpose), value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(Arrays.copyOf(full, bytes));
    }

    /**
     * True when {@code hex} (in any case) is {@link #signHex} of the value, {@code bytes} long, under the current key
     * or a previous one (addresses handed out before a rotation stay valid).
     */
    public boolean verifyHex(String purpose, String value, int bytes, String hex) {
        if (hex == null || hex.length() != 2 * bytes) {
            return false;
        }
        byte[] given = hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(signHex(purpose, value, bytes).getBytes(StandardCharsets.US_ASCII), given)) {
            return true;
        }
        return previous.stream().anyMatch(k -> k.verifyHex(purpose, value, bytes, hex));
    }

    /** HKDF-SHA256: extract with the salt, then expand with the info string (RFC 5869). */
    static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info, int length) {
        byte[] prk = hmac(salt, ikm);
        byte[] out = new byte[length];
        byte[] block = new byte[0];
        int done = 0;
        for (int i = 1; done < length; i++) {
            byte[] input = new byte[block.length + info.length + 1];
            System.arraycopy(block, 0, input, 0, block.length);
            System.arraycopy(info, 0, input, block.length, info.length);
            input[input.length - 1] = (byte) i;
            block = hmac(prk, input);
            int n = Math.min(block.length, length - done);
            System.arraycopy(block, 0, out, done, n);
            done += n;
        }
        return out;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
