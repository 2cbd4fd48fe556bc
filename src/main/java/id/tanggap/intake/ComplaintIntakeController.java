package id.tanggap.intake;

import id.tanggap.shared.TanggapProperties;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/complaints}: 201 with a new ticket, or 200 with the ticket the same message already has. */
@RestController
class ComplaintIntakeController {

    record IntakeResponse(String ticket, String status, String trackingUrl, boolean joinedExistingCase, String message) {}

    private final ComplaintIntake intake;
    private final TanggapProperties properties;

    ComplaintIntakeController(ComplaintIntake intake, TanggapProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping("/api/complaints")
    ResponseEntity<IntakeResponse> submit(@RequestBody ComplaintSubmission submission) {
        ComplaintIntake.Accepted accepted = intake.submit(submission);
        IntakeResponse body = new IntakeResponse(accepted.ticket(), accepted.status().name(), properties.trackingUrl(accepted.ticket()),
                accepted.joined(), accepted.joined()
                        ? "Aduan yang sama sedang ditangani; laporan Anda digabungkan dengan aduan " + accepted.ticket() + "."
                        : "Aduan Anda diterima dengan nomor tiket " + accepted.ticket() + ".");
        return accepted.created()
                ? ResponseEntity.created(URI.create("/api/complaints/" + accepted.ticket())).body(body)
                : ResponseEntity.ok(body);
    }
}
