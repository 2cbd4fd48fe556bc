package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platforms' webhooks. Meta (Facebook, Instagram, WhatsApp Cloud): GET verification with the
 * verify token, POST signed with X-Hub-Signature-256. X Account Activity: GET CRC check, POST signed
 * with x-twitter-webhooks-signature. An unsigned or wrongly signed delivery answers 401 and stores
 * nothing; malformed JSON answers 400; a body over 1 MiB answers 413 before anything is parsed.
 */
@RestController
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);
    /** Meta and X deliveries are a few KiB; anything near this is not a real delivery. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** The shape of X's crc_token: a short opaque (base64 or URL-safe) token. */
    static final Pattern CRC_TOKEN = Pattern.compile("^[A-Za-z0-9+/=_.~-]{1,256}$");

    private final ChannelProperties properties;
    private final ChannelIntake intake;
    private final GraphApiClient graph;
    private final ObjectMapper json;
    private final OwnPostHoaxCheck ownPosts;

    WebhookController(
            ChannelProperties properties,
            ChannelIntake intake,
            GraphApiClient graph,
            ObjectMapper json,
            OwnPostHoaxCheck ownPosts) {
        this.ownPosts = ownPosts;
        this.properties = properties;
        this.intake = intake;
        this.graph = graph;
        this.json = json;
    }

    @GetMapping("/webhooks/meta")
    ResponseEntity<String> verifyMeta(
            @RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        String expected = properties.meta().verifyToken();
        if ("subscribe".equals(mode)
                && expected != null
                && !expected.isBlank()
                && expected.equals(token)
                && challenge != null) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN)
                .body("verification failed");
    }

    @PostMapping("/webhooks/meta")
    ResponseEntity<?> meta(
            HttpServletRequest request, @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature)
            throws IOException {
        byte[] body = cappedBody(request);
        if (body == null) {
            return tooLarge();
        }
        if (!WebhookSignatures.metaValid(properties.meta().appSecret(), body, signature)) {
            return unauthorized("X-Hub-Signature-256");
        }
        JsonNode root = read(body);
        var taken = intake.take(
                MetaWebhookParser.parse(root, (igUser, comment) -> graph.mentionedComment(igUser, comment)));
        ownPosts.meta(root); // the Page's own posts: checked against the hoax register as they happen
        return ResponseEntity.ok(Map.of("tickets", taken.tickets(), "interactions", taken.interactions()));
    }

    /**
     * X's Challenge-Response Check (https://docs.x.com/x-api/webhooks/quickstart, "The CRC check"): the answer is
     * HMAC-SHA256 of the crc_token with the consumer secret, the very key and form X signs deliveries with
     * ({@code x-twitter-webhooks-signature}). Answering any text would make this GET a signing oracle for forged
     * POST bodies, so only a short opaque token in X's shape is answered: no braces, quotes, colons or spaces can
     * ever be signed, and so never a JSON object, the only body the POST accepts.
     */
    @GetMapping("/webhooks/x")
    ResponseEntity<?> xCrc(@RequestParam(name = "crc_token", required = false) String crcToken) {
        String secret = properties.x().consumerSecret();
        if (crcToken == null || crcToken.isBlank() || secret == null || secret.isBlank()) {
            throw InvalidInputException.of("crc_token", "wajib diisi");
        }
        if (!CRC_TOKEN.matcher(crcToken).matches()) {
            // never the token itself: it is whatever a stranger chose to send
            log.warn(
                    "refused an X CRC check whose crc_token ({} characters) is not an opaque token", crcToken.length());
            throw InvalidInputException.of("crc_token", "bukan token CRC X yang valid");
        }
        return ResponseEntity.ok(Map.of(
                "response_token", WebhookSignatures.xSignature(secret, crcToken.getBytes(StandardCharsets.UTF_8))));
    }

    @PostMapping("/webhooks/x")
    ResponseEntity<?> x(
            HttpServletRequest request,
            @RequestHeader(name = "x-twitter-webhooks-signature", required = false) String signature)
            throws IOException {
        byte[] body = cappedBody(request);
        if (body == null) {
            return tooLarge();
        }
        if (!WebhookSignatures.xValid(properties.x().consumerSecret(), body, signature)) {
            return unauthorized("x-twitter-webhooks-signature");
        }
        JsonNode root = read(body);
        var taken = intake.take(XWebhookParser.parse(root));
        ownPosts.x(root); // the account's own tweets: checked against the hoax register as they happen
        return ResponseEntity.ok(Map.of("tickets", taken.tickets(), "interactions", taken.interactions()));
    }

    /**
     * The delivery's bytes, or {@code null} beyond {@link #MAX_BODY_BYTES}: the signature can only be checked
     * over the whole body, so the body is read first, but never more of it than a real delivery needs.
     */
    private static byte[] cappedBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private static ResponseEntity<ProblemDetail> tooLarge() {
        log.warn("rejected a webhook delivery larger than {} bytes", MAX_BODY_BYTES);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "Isi kiriman webhook melebihi " + MAX_BODY_BYTES / 1024 + " KiB");
        problem.setTitle("Kiriman terlalu besar");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    private JsonNode read(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw InvalidInputException.of("body", "harus objek JSON");
            }
            return root;
        } catch (IOException e) {
            throw InvalidInputException.of("body", "bukan JSON yang valid");
        }
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String header) {
        log.warn("rejected a webhook delivery with a missing or wrong {}", header);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Tanda tangan " + header + " tidak valid");
        problem.setTitle("Tanda tangan tidak valid");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
}
