package id.tanggap.intake;

import id.tanggap.shared.Channel;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import id.tanggap.shared.TanggapProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/complaints}, the public door (no login): 201 with a new ticket, or 200 with the
 * ticket a retry with the same {@code Idempotency-Key} already has. It only takes web reports; the
 * other channels come in through their own authenticated doors, so the public can neither pose as
 * one of them nor use their message ids, threads or regions.
 */
@RestController
class ComplaintIntakeController {

    private static final Logger log = LoggerFactory.getLogger(ComplaintIntakeController.class);
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    record IntakeResponse(
            String ticket, String status, String trackingUrl, boolean joinedExistingCase, String message) {}

    private final WebDoor door;
    private final TanggapProperties properties;

    ComplaintIntakeController(WebDoor door, TanggapProperties properties) {
        this.door = door;
        this.properties = properties;
    }

    @PostMapping("/api/complaints")
    ResponseEntity<IntakeResponse> submit(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody ComplaintSubmission submission) {
        rejectWhatOnlyOtherDoorsMaySend(submission, idempotencyKey);
        ComplaintIntake.Accepted accepted = door.submit(submission, idempotencyKey);
        IntakeResponse body = new IntakeResponse(
                accepted.ticket(),
                accepted.status().name(),
                properties.trackingUrl(accepted.ticket()),
                accepted.joined(),
                accepted.joined()
                        ? "Aduan yang sama sedang ditangani; laporan Anda digabungkan dengan aduan " + accepted.ticket()
                                + "."
                        : "Aduan Anda diterima dengan nomor tiket " + accepted.ticket() + ".");
        return accepted.created()
                ? ResponseEntity.created(URI.create("/api/complaints/" + accepted.ticket()))
                        .body(body)
                : ResponseEntity.ok(body);
    }

    private static void rejectWhatOnlyOtherDoorsMaySend(ComplaintSubmission s, String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.channel() != null && s.channel() != Channel.WEB) {
            problems.add(
                    new FieldProblem(
                            "channel",
                            "pintu publik hanya menerima kanal WEB; kanal " + s.channel()
                                    + " masuk melalui pintunya sendiri (webhook bertanda tangan, token SP4N-LAPOR!, atau login petugas call center)"));
        }
        if (s.externalId() != null) {
            problems.add(new FieldProblem(
                    "externalId",
                    "tidak diterima dari publik; untuk mengirim ulang dengan aman pakai header " + IDEMPOTENCY_KEY));
        }
        if (s.threadId() != null) {
            problems.add(new FieldProblem(
                    "threadId", "tidak diterima dari publik; utas hanya dikenal dari kanal media sosial"));
        }
        if (s.region() != null) {
            problems.add(new FieldProblem("region", "tidak diterima dari publik; wilayah ditentukan dari kanal resmi"));
        }
        if (idempotencyKey != null && !WebDoor.validKey(idempotencyKey)) {
            problems.add(new FieldProblem(
                    IDEMPOTENCY_KEY, "harus 8 sampai 100 karakter berupa huruf, angka, _, -, : atau ."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** IETF draft "The Idempotency-Key HTTP Header Field": a key reused for another request is 422. */
    @ExceptionHandler(WebDoor.KeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(WebDoor.KeyReusedException e) {
        log.info("rejected a public report: {} already used for a report with other content", IDEMPOTENCY_KEY);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY,
                IDEMPOTENCY_KEY
                        + " ini sudah dipakai untuk aduan dengan isi lain. Buat kunci baru untuk setiap aduan baru; kirim ulang dengan kunci yang sama hanya untuk aduan yang sama.");
        problem.setType(URI.create("https://tanggap.id/problems/idempotency-key-reused"));
        problem.setTitle("Kunci idempotensi sudah dipakai");
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
