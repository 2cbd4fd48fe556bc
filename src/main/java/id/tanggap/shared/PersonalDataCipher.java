package id.tanggap.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest with AES-256-GCM under the personal-data key derived from
 * {@code TANGGAP_CRYPTO_KEY} ({@link ApplicationKeys}); the application refuses to start without a
 * valid master key. Stored form: {@code v1:} + base64(iv || ciphertext+tag). Values written before
 * the keys were derived per purpose were encrypted with the master key itself: GCM's tag tells
 * the two apart, so those are still read.
 */
@Component
public class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecretKeySpec legacyKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(ApplicationKeys keys) {
        this.key = new SecretKeySpec(keys.derive(ApplicationKeys.PERSONAL_DATA), "AES");
        this.legacyKey = new SecretKeySpec(keys.legacyMaster(), "AES");
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
            return PREFIX
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
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("personal data column holds a value that is not encrypted");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            return open(all, key);
        } catch (GeneralSecurityException e) {
            try {
                return open(all, legacyKey);
            } catch (GeneralSecurityException legacy) {
                throw new IllegalStateException("cannot decrypt personal data (wrong TANGGAP_CRYPTO_KEY?)", e);
            }
        }
    }

    private static String open(byte[] all, SecretKeySpec k) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
        return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    }
}
