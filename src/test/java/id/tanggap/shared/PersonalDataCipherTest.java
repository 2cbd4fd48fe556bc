package id.tanggap.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
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
        assertThat(a).startsWith("v1:").doesNotContain("Baiq").isNotEqualTo(b);
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
        byte[] fresh =
                Base64.getDecoder().decode(cipher(key).encrypt("Lalu Hamdi").substring(3));
        javax.crypto.Cipher check = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        check.init(
                javax.crypto.Cipher.DECRYPT_MODE,
                new javax.crypto.spec.SecretKeySpec(master, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, fresh, 0, 12));
        assertThatThrownBy(() -> check.doFinal(fresh, 12, fresh.length - 12))
                .isInstanceOf(javax.crypto.AEADBadTagException.class);
    }
}
