package id.tanggap.lapor;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.complaint.Complaint;
import id.tanggap.forwarding.ComplaintForwarder;
import id.tanggap.forwarding.ForwardTarget;
import id.tanggap.shared.TanggapProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Forwards a case to SP4N-LAPOR! over HTTP ({@code POST {base}/api/v1/pengaduan}, bearer token;
 * docs/lapor.md). Serves the NATIONAL target when a base URL and token are configured; otherwise the
 * e-mail adapter does. Idempotent on the platform side through {@code referensi} (the ticket).
 */
@Component
@Order(1)
class LaporComplaintForwarder implements ComplaintForwarder {

    private final LaporProperties lapor;
    private final TanggapProperties properties;
    private final RestClient.Builder http;

    /** {@code http}: Spring Boot's builder, with the connect and read timeouts of spring.http.client.* */
    LaporComplaintForwarder(LaporProperties lapor, TanggapProperties properties, RestClient.Builder http) {
        this.lapor = lapor;
        this.properties = properties;
        this.http = http;
    }

    @Override
    public boolean serves(ForwardTarget target) {
        return "NATIONAL".equals(target.getKind()) && lapor.outboundConfigured();
    }

    @Override
    public String forward(ForwardTarget target, Complaint c, String dedupKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referensi", c.getTicket());
        body.put("judul", "Aduan " + c.getTicket() + " (" + c.getCategoryCode() + ")");
        body.put("isi", c.getBody());
        body.put("kategori", c.getCategoryCode());
        Map<String, Object> lokasi = new LinkedHashMap<>();
        lokasi.put("alamat", c.getAddress());
        lokasi.put("lat", c.getLatitude());
        lokasi.put("lon", c.getLongitude());
        body.put("lokasi", lokasi);
        body.put("anonim", true);
        body.put("tautanPelacakan", properties.trackingUrl(c.getTicket()));
        body.put("tanggalAduan", c.getCreatedAt().toString());
        JsonNode answer = http.clone()
                .baseUrl(lapor.baseUrl())
                .build()
                .post()
                .uri("/api/v1/pengaduan")
                .header("Authorization", "Bearer " + lapor.token())
                .header("Idempotency-Key", dedupKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(JsonNode.class);
        return "SP4N-LAPOR! " + (answer == null ? "?" : answer.path("id").asText("?"));
    }
}
