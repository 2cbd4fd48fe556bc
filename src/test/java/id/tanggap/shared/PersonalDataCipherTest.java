package id.tanggap.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static PersonalDataCipher cipher(String key) {
        return new PersonalDataCipher(new TanggapProperties("http://x", java.time.ZoneId.of("Asia/Makassar"),
                new TanggapProperties.Mail("a@b"), new TanggapProperties.Crypto(key), false, "x",
                new TanggapProperties.Outbox(java.time.Duration.ofSeconds(1)), new TanggapProperties.Oidc("groups")));
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
        assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(other)).decrypt(sealed)).hasMessageContaining("wrong TANGGAP_CRYPTO_KEY");
        assertThatThrownBy(() -> cipher(KEY).decrypt("plain text")).hasMessageContaining("not encrypted");
    }

    @Test
    void refusesAMissingOrShortKey() {
        assertThatThrownBy(() -> cipher("")).hasMessageContaining("TANGGAP_CRYPTO_KEY is not set");
        assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16]))).hasMessageContaining("32 bytes");
    }
}
