package id.tanggap.lapor;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.shared.TanggapProperties;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reports a case's status back to SP4N-LAPOR! for cases it dispositioned to the region
 * ({@code POST {base}/api/v1/pengaduan/{laporId}/status}, bearer token, Idempotency-Key; docs/lapor.md). SP4N-LAPOR!
 * tells its own reporter; a repeated key is answered as the first time, so a retry reports nothing twice.
 */
@Component
public class LaporStatusReports {

    /** The prefix the inbound door gives the external id of a LAPOR case ("lapor-" + LAPOR's id). */
    public static final String EXTERNAL_ID_PREFIX = "lapor-";

    private final LaporProperties lapor;
    private final TanggapProperties properties;
    private final RestClient.Builder http;

    LaporStatusReports(LaporProperties lapor, TanggapProperties properties, RestClient.Builder http) {
        this.lapor = lapor;
        this.properties = properties;
        this.http = http;
    }

    /** Whether statuses can be reported back (base URL and token configured). */
    public boolean configured() {
        return lapor.outboundConfigured();
    }

    /**
     * @param externalId the case's external id ({@code lapor-<LAPOR id>})
     * @param status the case's status code (DIPROSES, SELESAI, ...), {@code label} its Indonesian label
     * @return SP4N-LAPOR!'s id of the status update
     */
    public String report(
            String externalId,
            String ticket,
            String status,
            String label,
            String note,
            Instant at,
            String idempotencyKey) {
        String laporId = externalId.substring(EXTERNAL_ID_PREFIX.length());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referensi", ticket);
        body.put("status", status);
        body.put("keterangan", note == null || note.isBlank() ? label : label + ": " + note);
        body.put("waktu", at.toString());
        body.put("tautanPelacakan", properties.trackingUrl(ticket));
        JsonNode answer = http.clone()
                .baseUrl(lapor.baseUrl())
                .build()
                .post()
                .uri("/api/v1/pengaduan/{id}/status", laporId)
                .header("Authorization", "Bearer " + lapor.token())
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(JsonNode.class);
        return "SP4N-LAPOR! " + (answer == null ? "?" : answer.path("id").asText("?"));
    }
}
