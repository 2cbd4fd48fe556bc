package id.tanggap.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 20, finding 10: one key per purpose, derived with HKDF; the public dev keys only in the dev and test profiles. */
class ApplicationKeysTest {

    private static final String KEY = Base64.getEncoder()
            .encodeToString(
                    HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));

    static TanggapProperties properties(String key) {
        return new TanggapProperties(
                "http://x",
                ZoneId.of("Asia/Makassar"),
                new TanggapProperties.Mail("a@b"),
                new TanggapProperties.Crypto(key),
                false,
                "x",
                new TanggapProperties.Outbox(Duration.ofSeconds(1)),
                new TanggapProperties.Oidc("groups"));
    }

    @Test
    void hkdfMatchesRfc5869() {
        // RFC 5869, test case 1
        byte[] okm = ApplicationKeys.hkdf(
                HexFormat.of().parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
                HexFormat.of().parseHex("000102030405060708090a0b0c"),
                HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9"),
                42);
        assertThat(HexFormat.of().formatHex(okm))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }

    @Test
    void eachPurposeHasItsOwnKeyAndNoneIsTheMasterKey() {
        ApplicationKeys keys = new ApplicationKeys(KEY);
        byte[] data = keys.derive(ApplicationKeys.PERSONAL_DATA);
        byte[] links = keys.derive(ApplicationKeys.SHARE_LINKS);
        assertThat(data)
                .hasSize(32)
                .isNotEqualTo(links)
                .isNotEqualTo(Base64.getDecoder().decode(KEY));
        assertThat(links).isNotEqualTo(Base64.getDecoder().decode(KEY));
        assertThat(keys.derive(ApplicationKeys.SHARE_LINKS)).isEqualTo(links);
        // a signature for one purpose is not valid for another
        String sig = keys.sign(ApplicationKeys.SHARE_LINKS, "campaign-share:1:THL-1");
        assertThat(keys.verify(ApplicationKeys.SHARE_LINKS, "campaign-share:1:THL-1", sig))
                .isTrue();
        assertThat(keys.verify(ApplicationKeys.PERSONAL_DATA, "campaign-share:1:THL-1", sig))
                .isFalse();
    }

    @Test
    void aHexSignatureHasTheAskedLengthAnyCaseAndCountsUnderAPreviousKey() {
        ApplicationKeys keys = new ApplicationKeys(KEY);
        String hex = keys.signHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 10);
        assertThat(hex).matches("[0-9a-f]{20}");
        // the first bytes of the full signature, the same as sign() takes its first 16 from
        assertThat(HexFormat.of().parseHex(keys.signHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 16)))
                .isEqualTo(Base64.getUrlDecoder().decode(keys.sign(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123")));
        assertThat(keys.verifyHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 10, hex))
                .isTrue();
        assertThat(keys.verifyHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 10, hex.toUpperCase()))
                .isTrue();
        // another value, another purpose, a shorter or longer signature, none
        assertThat(keys.verifyHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000124", 10, hex))
                .isFalse();
        assertThat(keys.verifyHex(ApplicationKeys.SHARE_LINKS, "ADU-2026-000123", 10, hex))
                .isFalse();
        assertThat(keys.verifyHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 10, hex.substring(0, 2)))
                .isFalse();
        assertThat(keys.verifyHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 1, hex.substring(0, 2)))
                .isTrue();
        assertThat(keys.verifyHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 10, hex + "00"))
                .isFalse();
        assertThat(keys.verifyHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 10, null))
                .isFalse();
        // after a rotation
        String newKey = Base64.getEncoder().encodeToString(new byte[32]);
        ApplicationKeys rotated = new ApplicationKeys(newKey, List.of(KEY));
        assertThat(rotated.signHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 10))
                .isNotEqualTo(hex);
        assertThat(rotated.verifyHex(ApplicationKeys.MAIL_REPLIES, "ADU-2026-000123", 10, hex))
                .isTrue();
        assertThatThrownBy(() -> keys.signHex(ApplicationKeys.MAIL_REPLIES, "x", 33))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePublicDevKeysAreRefusedOutsideTheDevAndTestProfiles() {
        for (String devKey : ApplicationKeys.PUBLIC_DEV_KEYS) {
            assertThatThrownBy(() -> new ApplicationKeys(properties(devKey), new MockEnvironment()))
                    .hasMessageContaining("public key of the dev run");
            MockEnvironment dev = new MockEnvironment();
            dev.setActiveProfiles("dev");
            assertThat(new ApplicationKeys(properties(devKey), dev).derive(ApplicationKeys.SHARE_LINKS))
                    .hasSize(32);
        }
        assertThat(new ApplicationKeys(properties(KEY), new MockEnvironment()).derive(ApplicationKeys.SHARE_LINKS))
                .hasSize(32);
        assertThatThrownBy(() -> new ApplicationKeys(properties(null), new MockEnvironment()))
                .hasMessageContaining("TANGGAP_CRYPTO_KEY is not set");
    }
}
