package id.tanggap.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.ApplicationKeys;
import id.tanggap.shared.TanggapProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 20, finding 10: a share token cannot be forged with the personal-data key or the master key (the old scheme). */
class ShareLinksTest {

    private static final byte[] MASTER = new byte[32];

    static {
        Arrays.fill(MASTER, (byte) 7);
    }

    private final TanggapProperties properties = new TanggapProperties(
            "https://tanggap.example/",
            ZoneId.of("Asia/Makassar"),
            new TanggapProperties.Mail("a@b"),
            new TanggapProperties.Crypto(Base64.getEncoder().encodeToString(MASTER)),
            false,
            "x",
            new TanggapProperties.Outbox(Duration.ofSeconds(1)),
            new TanggapProperties.Oidc("groups"));
    private final ApplicationKeys keys = new ApplicationKeys(properties, new MockEnvironment());
    private final ShareLinks links = new ShareLinks(keys, properties);

    private static String hmac16(byte[] key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Arrays.copyOf(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), 16));
    }

    @Test
    void onlyTokensSignedWithTheShareLinkKeyAreAccepted() throws Exception {
        String url = links.url(42, "THL-2026-77");
        assertThat(url).startsWith("https://tanggap.example/kampanye/42/bagikan?staf=THL-2026-77&t=");
        String token = url.substring(url.indexOf("&t=") + 3);
        assertThat(links.valid(42, "THL-2026-77", token)).isTrue();
        assertThat(links.valid(42, "THL-2026-78", token)).isFalse();
        assertThat(links.valid(43, "THL-2026-77", token)).isFalse();

        // the old scheme: HMAC under the master (= encryption) key with a fixed prefix
        assertThat(links.valid(
                        42, "THL-2026-77", hmac16(MASTER, "tanggap-link-signature:campaign-share:42:THL-2026-77")))
                .isFalse();
        // the personal-data key, should it ever leak through the encryption side
        assertThat(links.valid(
                        42,
                        "THL-2026-77",
                        hmac16(keys.derive(ApplicationKeys.PERSONAL_DATA), "campaign-share:42:THL-2026-77")))
                .isFalse();
        assertThat(links.valid(42, "THL-2026-77", null)).isFalse();
    }
}
