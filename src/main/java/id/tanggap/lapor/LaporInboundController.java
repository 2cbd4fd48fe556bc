package id.tanggap.lapor;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.intake.ComplaintSubmission;
import id.tanggap.shared.Channel;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.TanggapProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases that SP4N-LAPOR! dispositions to the region ({@code POST /api/lapor/disposisi}, bearer
 * token; docs/lapor.md). The LAPOR id keeps repeated deliveries to one case.
 */
@RestController
class LaporInboundController {

    record Pelapor(String nama, String kontak, Boolean anonim) {}

    record Lokasi(Double lat, Double lon, String alamat) {}

    record Disposisi(String id, String isi, String kategori, Lokasi lokasi, Pelapor pelapor, List<String> lampiran) {}

    record Diterima(String ticket, String trackingUrl) {}

    /** A disposition is a few kilobytes of text and links; anything near this is not one. */
    static final int MAX_BODY = 1024 * 1024;

    private final ComplaintIntake intake;
    private final LaporProperties lapor;
    private final TanggapProperties properties;
    private final ObjectMapper json;

    LaporInboundController(
            ComplaintIntake intake, LaporProperties lapor, TanggapProperties properties, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
        this.lapor = lapor;
        this.properties = properties;
    }

    /**
     * The body is read (at most {@link #MAX_BODY} bytes) and parsed only after the token is checked: a
     * caller without it costs no parsing and learns nothing from parse errors.
     */
    @PostMapping("/api/lapor/disposisi")
    ResponseEntity<?> disposisi(
            @RequestHeader(name = "Authorization", required = false) String authorization, HttpServletRequest request)
            throws IOException {
        if (!authorized(authorization)) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Token SP4N-LAPOR! tidak valid");
            problem.setTitle("Tidak berwenang");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        byte[] payload = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (payload.length > MAX_BODY) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "Disposisi paling besar 1 MB");
            problem.setTitle("Data terlalu besar");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        Disposisi d = parse(payload);
        if (d.id() == null || d.id().isBlank()) {
            throw InvalidInputException.of("id", "wajib diisi");
        }
        Pelapor p = d.pelapor() == null ? new Pelapor(null, null, true) : d.pelapor();
        boolean anonymous =
                Boolean.TRUE.equals(p.anonim()) || p.nama() == null || p.nama().isBlank();
        var submission = new ComplaintSubmission(
                Channel.LAPOR,
                "lapor-" + d.id().trim(),
                new ComplaintSubmission.Reporter(anonymous ? null : p.nama(), anonymous ? null : p.kontak(), anonymous),
                d.isi(),
                d.kategori() == null || d.kategori().isBlank() ? "LAINNYA" : d.kategori(),
                d.lokasi() == null || d.lokasi().lat() == null
                        ? null
                        : new ComplaintSubmission.Location(
                                d.lokasi().lat(), d.lokasi().lon(), d.lokasi().alamat()),
                null,
                d.lampiran() == null ? List.of() : d.lampiran());
        var accepted = intake.submit(submission);
        var body = new Diterima(accepted.ticket(), properties.trackingUrl(accepted.ticket()));
        return accepted.created()
                ? ResponseEntity.created(URI.create("/api/complaints/" + accepted.ticket()))
                        .body(body)
                : ResponseEntity.ok(body);
    }

    private Disposisi parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidInputException.of("body", "wajib diisi");
        }
        try {
            Disposisi d = json.readValue(body, Disposisi.class);
            if (d == null) {
                throw InvalidInputException.of("body", "wajib diisi");
            }
            return d;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            throw InvalidInputException.of(
                    field.isEmpty() ? "body" : field,
                    field.isEmpty() ? "bukan JSON yang valid" : "tipe nilai tidak sesuai");
        } catch (IOException e) {
            throw InvalidInputException.of("body", "bukan JSON yang valid");
        }
    }

    private boolean authorized(String authorization) {
        String expected = lapor.inboundToken();
        return expected != null
                && !expected.isBlank()
                && authorization != null
                && MessageDigest.isEqual(
                        ("Bearer " + expected).getBytes(StandardCharsets.UTF_8),
                        authorization.trim().getBytes(StandardCharsets.UTF_8));
    }
}
