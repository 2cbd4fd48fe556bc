package id.tanggap.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest with AES-256-GCM under the personal-data key derived from
 * {@code TANGGAP_CRYPTO_KEY} ({@link ApplicationKeys}); the application refuses to start without a
 * valid master key. Stored form: {@code v2:<key id>:} + base64(iv || ciphertext+tag), the key id
 * naming the master key it was sealed under, so that after a rotation the current key and the
 * previous ones ({@code TANGGAP_CRYPTO_KEY_PREVIOUS}) can all be read and {@code script/rotate-key}
 * knows what is still to re-encrypt. Older values carry no id ({@code v1:}): they were sealed under
 * the original key, either its personal-data key or, before keys were derived per purpose, the master
 * key itself; GCM's tag tells which configured key opens them.
 */
@Component
public class PersonalDataCipher {

    private static final String LEGACY_PREFIX = "v1:";
    private static final String PREFIX = "v2:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentId;
    private final SecretKeySpec key;
    /** Key id -> personal-data key, the current one first. */
    private final Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
    /** Every key a value without an id may have been sealed under. */
    private final List<SecretKeySpec> legacyCandidates = new ArrayList<>();

    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(ApplicationKeys keys) {
        this.currentId = keys.id();
        this.key = personalDataKey(keys);
        List<ApplicationKeys> all = new ArrayList<>();
        all.add(keys);
        all.addAll(keys.previous());
        for (ApplicationKeys k : all) {
            byId.put(k.id(), personalDataKey(k));
            legacyCandidates.add(personalDataKey(k));
            legacyCandidates.add(new SecretKeySpec(k.legacyMaster(), "AES"));
        }
    }

    private static SecretKeySpec personalDataKey(ApplicationKeys k) {
        return new SecretKeySpec(k.derive(ApplicationKeys.PERSONAL_DATA), "AES");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return currentPrefix()
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt personal data", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(PREFIX)) {
            int end = stored.indexOf(':', PREFIX.length());
            String id = end < 0 ? "" : stored.substring(PREFIX.length(), end);
            SecretKeySpec k = byId.get(id);
            if (k == null) {
                throw new IllegalStateException(
                        "personal data sealed under key id " + id
                                + ", which is neither TANGGAP_CRYPTO_KEY nor in TANGGAP_CRYPTO_KEY_PREVIOUS (wrong TANGGAP_CRYPTO_KEY?)");
            }
            try {
                return open(Base64.getDecoder().decode(stored.substring(end + 1)), k);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot decrypt personal data (tampered value?)", e);
            }
        }
        if (!stored.startsWith(LEGACY_PREFIX)) {
            throw new IllegalStateException("personal data column holds a value that is not encrypted");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(LEGACY_PREFIX.length()));
        GeneralSecurityException first = null;
        for (SecretKeySpec candidate : legacyCandidates) {
            try {
                return open(all, candidate);
            } catch (GeneralSecurityException e) {
                first = first == null ? e : first;
            }
        }
        throw new IllegalStateException("cannot decrypt personal data (wrong TANGGAP_CRYPTO_KEY?)", first);
    }

    /** The start of every value sealed under the current key: {@code v2:<key id>:}. */
    public String currentPrefix() {
        return PREFIX + currentId + ":";
    }

    /** True when the value needs no re-encryption: empty, or sealed under the current key. */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(currentPrefix());
    }

    /** The value sealed under the current key; the same string when it already is. */
    public String reencrypt(String stored) {
        return isCurrent(stored) ? stored : encrypt(decrypt(stored));
    }

    private static String open(byte[] all, SecretKeySpec k) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
        return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    }
}
