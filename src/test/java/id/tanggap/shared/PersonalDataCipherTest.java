package id.tanggap.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static PersonalDataCipher cipher(String key) {
        return new PersonalDataCipher(new ApplicationKeys(key));
    }

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        PersonalDataCipher c = cipher(KEY);
        String a = c.encrypt("Baiq Nurul Aini");
        String b = c.encrypt("Baiq Nurul Aini");
        assertThat(a)
                .startsWith("v2:" + new ApplicationKeys(KEY).id() + ":")
                .doesNotContain("Baiq")
                .isNotEqualTo(b);
        assertThat(c.decrypt(a)).isEqualTo("Baiq Nurul Aini");
        assertThat(c.encrypt(null)).isNull();
    }

    @Test
    void aWrongKeyOrTamperedValueFailsLoudly() {
        String sealed = cipher(KEY).encrypt("0812-3456-7890");
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(
                        () -> cipher(Base64.getEncoder().encodeToString(other)).decrypt(sealed))
                .hasMessageContaining("wrong TANGGAP_CRYPTO_KEY");
        assertThatThrownBy(() -> cipher(KEY).decrypt("plain text")).hasMessageContaining("not encrypted");
    }

    @Test
    void refusesAMissingOrShortKey() {
        assertThatThrownBy(() -> cipher("")).hasMessageContaining("TANGGAP_CRYPTO_KEY is not set");
        assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void encryptsUnderTheDerivedKeyAndStillReadsValuesSealedWithTheMasterKey() throws Exception {
        byte[] master = new byte[32];
        master[5] = 9;
        String key = Base64.getEncoder().encodeToString(master);
        // written before key separation: AES-GCM directly under the master key
        javax.crypto.Cipher old = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        byte[] iv = new byte[12];
        old.init(
                javax.crypto.Cipher.ENCRYPT_MODE,
                new javax.crypto.spec.SecretKeySpec(master, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] sealed = old.doFinal("Lalu Hamdi".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] all = java.nio.ByteBuffer.allocate(12 + sealed.length)
                .put(iv)
                .put(sealed)
                .array();
        assertThat(cipher(key).decrypt("v1:" + Base64.getEncoder().encodeToString(all)))
                .isEqualTo("Lalu Hamdi");

        // new values are not sealed with the master key any more
        String freshValue = cipher(key).encrypt("Lalu Hamdi");
        byte[] fresh = Base64.getDecoder().decode(freshValue.substring(freshValue.lastIndexOf(':') + 1));
        javax.crypto.Cipher check = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        check.init(
                javax.crypto.Cipher.DECRYPT_MODE,
                new javax.crypto.spec.SecretKeySpec(master, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, fresh, 0, 12));
        assertThatThrownBy(() -> check.doFinal(fresh, 12, fresh.length - 12))
                .isInstanceOf(javax.crypto.AEADBadTagException.class);
    }

    private static String randomKey() {
        byte[] k = new byte[32];
        new java.security.SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    /** A value as the application wrote it before values carried a key id: v1: under the personal-data key. */
    private static String legacyValue(String key, String plain) throws Exception {
        javax.crypto.Cipher old = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        byte[] iv = new byte[12];
        old.init(
                javax.crypto.Cipher.ENCRYPT_MODE,
                new javax.crypto.spec.SecretKeySpec(
                        new ApplicationKeys(key).derive(ApplicationKeys.PERSONAL_DATA), "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] sealed = old.doFinal(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "v1:"
                + Base64.getEncoder()
                        .encodeToString(java.nio.ByteBuffer.allocate(12 + sealed.length)
                                .put(iv)
                                .put(sealed)
                                .array());
    }

    @Test
    void afterARotationOldValuesAreReadWithThePreviousKeyAndNewOnesCarryTheNewKeysId() throws Exception {
        String oldKey = randomKey();
        String newKey = randomKey();
        String withoutId = legacyValue(oldKey, "Baiq Nurul");
        String withOldId = cipher(oldKey).encrypt("0812-3456-7890");

        PersonalDataCipher rotating = new PersonalDataCipher(new ApplicationKeys(newKey, List.of(oldKey)));
        assertThat(rotating.decrypt(withoutId)).isEqualTo("Baiq Nurul");
        assertThat(rotating.decrypt(withOldId)).isEqualTo("0812-3456-7890");
        assertThat(rotating.isCurrent(withoutId)).isFalse();
        assertThat(rotating.isCurrent(withOldId)).isFalse();

        String rotated = rotating.reencrypt(withOldId);
        assertThat(rotated).startsWith("v2:" + new ApplicationKeys(newKey).id() + ":");
        assertThat(rotating.reencrypt(rotated)).isSameAs(rotated); // never sealed twice
        // once rotated, the new key alone reads it; the old key alone does not
        assertThat(cipher(newKey).decrypt(rotated)).isEqualTo("0812-3456-7890");
        assertThatThrownBy(() -> cipher(oldKey).decrypt(rotated))
                .hasMessageContaining(new ApplicationKeys(newKey).id())
                .hasMessageContaining("TANGGAP_CRYPTO_KEY_PREVIOUS");
        // a value under the old key cannot be read once the old key is dropped from the configuration
        assertThatThrownBy(() -> cipher(newKey).decrypt(withOldId)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher(newKey).decrypt(withoutId)).hasMessageContaining("wrong TANGGAP_CRYPTO_KEY");
    }

    @Test
    void keyIdsAreStablePerKeyAndDifferBetweenKeys() {
        String k = randomKey();
        assertThat(new ApplicationKeys(k).id())
                .matches("[0-9a-f]{12}")
                .isEqualTo(new ApplicationKeys(k).id())
                .isNotEqualTo(new ApplicationKeys(randomKey()).id());
    }

    @Test
    void shareLinksSignedBeforeARotationStayValid() {
        String oldKey = randomKey();
        String signature = new ApplicationKeys(oldKey).sign(ApplicationKeys.SHARE_LINKS, "campaign-1:199001");
        assertThat(new ApplicationKeys(randomKey(), List.of(oldKey))
                        .verify(ApplicationKeys.SHARE_LINKS, "campaign-1:199001", signature))
                .isTrue();
        assertThat(new ApplicationKeys(randomKey()).verify(ApplicationKeys.SHARE_LINKS, "campaign-1:199001", signature))
                .isFalse();
    }
}
