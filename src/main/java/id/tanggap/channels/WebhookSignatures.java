package id.tanggap.channels;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures of webhook deliveries: Meta's hex form and X's base64 form, compared in constant time. */
final class WebhookSignatures {

    private WebhookSignatures() {}

    static byte[] hmac(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Meta: {@code X-Hub-Signature-256: sha256=<hex>}. */
    static boolean metaValid(String secret, byte[] body, String header) {
        return secret != null
                && !secret.isBlank()
                && header != null
                && equal(
                        "sha256=" + HexFormat.of().formatHex(hmac(secret, body)),
                        header.trim().toLowerCase());
    }

    /** X: {@code x-twitter-webhooks-signature: sha256=<base64>}. */
    static boolean xValid(String secret, byte[] body, String header) {
        return secret != null && !secret.isBlank() && header != null && equal(xSignature(secret, body), header.trim());
    }

    static String xSignature(String secret, byte[] message) {
        return "sha256=" + Base64.getEncoder().encodeToString(hmac(secret, message));
    }

    private static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
