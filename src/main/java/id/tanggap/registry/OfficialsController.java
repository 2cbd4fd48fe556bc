package id.tanggap.registry;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry of officials (NIP, name, position, echelon, OPD, superior, e-mail), with every change kept. */
@RestController
@PreAuthorize("hasAnyRole('OPD', 'OPD_HEAD', 'DISKOMINFO', 'SUPERVISOR', 'ADMIN')")
class OfficialsController {

    record OfficialView(
            String nip,
            String name,
            String positionTitle,
            String echelon,
            String opdCode,
            String email,
            String superiorNip,
            // the position (jabatan) code the official holds in their OPD (e.g. KABID_BINA_MARGA), which
            // complaint-routing.dmn names; on PUT it makes this official its holder from the next case on
            String position) {}

    private static final Set<String> ECHELONS = Set.of("I", "II", "III", "IV");

    private final Officials officials;
    private final Opds opds;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AuditTrail audit;
    private final PositionHolders holders;

    OfficialsController(
            Officials officials,
            Opds opds,
            TransactionTemplate tx,
            Clock clock,
            AuditTrail audit,
            PositionHolders holders) {
        this.audit = audit;
        this.holders = holders;
        this.officials = officials;
        this.opds = opds;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping("/api/officials")
    List<OfficialView> list(@RequestParam(required = false) String opd) {
        return officials.all().stream()
                .filter(o -> opd == null || opd.equals(o.getOpdCode()))
                .map(this::view)
                .toList();
    }

    @PutMapping("/api/officials/{nip}")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
    ResponseEntity<OfficialView> put(
            @PathVariable String nip, @RequestBody OfficialView body, @AuthenticationPrincipal StaffUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!nip.matches("\\d{18}")) {
            problems.add(new FieldProblem("nip", "NIP harus 18 angka"));
        }
        if (body.name() == null || body.name().isBlank() || body.name().length() > 200) {
            problems.add(new FieldProblem("name", "wajib diisi, paling banyak 200 karakter"));
        }
        if (body.positionTitle() == null
                || body.positionTitle().isBlank()
                || body.positionTitle().length() > 200) {
            problems.add(new FieldProblem("positionTitle", "wajib diisi, paling banyak 200 karakter"));
        }
        if (!ECHELONS.contains(String.valueOf(body.echelon()))) {
            problems.add(new FieldProblem("echelon", "harus I, II, III atau IV"));
        }
        if (body.opdCode() == null || !opds.exists(body.opdCode())) {
            problems.add(new FieldProblem("opdCode", "kode OPD tidak dikenal"));
        }
        if (!Contacts.isEmail(body.email())) {
            problems.add(new FieldProblem("email", "harus alamat e-mail"));
        }
        if (body.superiorNip() != null && !body.superiorNip().isBlank() && !officials.exists(body.superiorNip())) {
            problems.add(new FieldProblem("superiorNip", "atasan tidak terdaftar"));
        }
        String position = body.position() == null || body.position().isBlank() ? null : body.position();
        if (position != null && !position.matches("[A-Z][A-Z0-9_]{1,63}")) {
            problems.add(new FieldProblem("position", "kode jabatan: huruf besar, angka dan _, paling banyak 64"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String superior = body.superiorNip() == null || body.superiorNip().isBlank() ? null : body.superiorNip();
        boolean created = !officials.exists(nip);
        String formerOpd = officials.find(nip).map(Official::getOpdCode).orElse(null);
        java.util.concurrent.atomic.AtomicReference<String> formerHolder =
                new java.util.concurrent.atomic.AtomicReference<>();
        Official saved = tx.execute(status -> {
            Official o = officials.find(nip).orElse(null);
            String note;
            if (o == null) {
                o = officials.register(new Official(
                        nip,
                        body.name().trim(),
                        body.positionTitle().trim(),
                        body.echelon(),
                        body.opdCode(),
                        body.email().trim(),
                        superior));
                note = "didaftarkan: " + o.getPositionTitle() + ", " + o.getOpdCode();
            } else {
                note = o.update(
                        body.name().trim(),
                        body.positionTitle().trim(),
                        body.echelon(),
                        body.opdCode(),
                        body.email().trim(),
                        superior);
            }
            if (!note.isEmpty()) {
                officials.noteChange(nip, clock.instant(), user.username(), note);
                audit.record(AuditAction.OFFICIAL_CHANGED, nip, created ? "didaftarkan" : "diubah");
            }
            if (position != null) {
                holders.give(o.getOpdCode(), position, o.getPositionTitle(), o, user.username())
                        .ifPresent(formerHolder::set);
            }
            return o;
        });
        if (position != null || !saved.getOpdCode().equals(formerOpd)) {
            // the holder of a position, or an official moved to another OPD, takes that OPD's tasks
            holders.moveGroups(nip, saved.getEmail(), formerOpd, saved.getOpdCode());
        }
        if (formerHolder.get() != null) {
            // the former holder no longer takes the position's tasks (see PositionHolders.releaseFormerHolder)
            holders.releaseFormerHolder(formerHolder.get(), saved.getOpdCode());
        }
        return created ? ResponseEntity.status(201).body(view(saved)) : ResponseEntity.ok(view(saved));
    }

    @GetMapping("/api/officials/{nip}/history")
    List<Officials.Change> history(@PathVariable String nip) {
        officials.find(nip).orElseThrow(() -> new NotFoundException("Tidak ada pejabat dengan NIP " + nip));
        return officials.historyOf(nip);
    }

    private OfficialView view(Official o) {
        return new OfficialView(
                o.getNip(),
                o.getName(),
                o.getPositionTitle(),
                o.getEchelon(),
                o.getOpdCode(),
                o.getEmail(),
                o.getSuperiorNip(),
                officials.positionsHeldBy(o.getNip()).stream()
                        .filter(p -> p.opdCode().equals(o.getOpdCode()))
                        .map(Officials.Position::code)
                        .findFirst()
                        .orElse(null));
    }
}
