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
 * Encrypts personal data at rest with AES-256-GCM. The key (base64 of 32 bytes) comes from
 * {@code TANGGAP_CRYPTO_KEY}; the application refuses to start without a valid one.
 * Stored form: {@code v1:} + base64(iv || ciphertext+tag).
 */
@Component
public class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(TanggapProperties properties) {
        this.key = keyFrom(properties.crypto().key());
    }

    static SecretKeySpec keyFrom(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("TANGGAP_CRYPTO_KEY is not set: give base64 of 32 random bytes (openssl rand -base64 32)");
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
        return new SecretKeySpec(raw, "AES");
    }

    /**
     * A short keyed signature (HMAC-SHA256 under a key derived from the data key, base64url, 22
     * characters) for links that must not be guessable, such as a staff member's personal share link.
     */
    public String sign(String value) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            mac.update("tanggap-link-signature:".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] full = mac.doFinal(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public boolean verify(String value, String signature) {
        return signature != null && java.security.MessageDigest.isEqual(sign(value).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                signature.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
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
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt personal data (wrong TANGGAP_CRYPTO_KEY?)", e);
        }
    }
}
