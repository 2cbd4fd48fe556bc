package id.tanggap.callcenter;

import id.tanggap.routing.Categories;
import id.tanggap.routing.Opds;
import id.tanggap.shared.Coordinates;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.StaffUser;
import id.tanggap.shared.TanggapProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/** The call-center API and the agents' form ({@code /call-center}); staff only. */
@Controller
@PreAuthorize("hasAnyRole('OPD', 'DISKOMINFO', 'ADMIN')")
class CallCenterController {

    record CallResponse(String ticket, String trackingUrl, boolean emergencyNotified) {}

    record Transfer(String toOpd, String note) {}

    private final CallCenter callCenter;
    private final TanggapProperties properties;
    private final Categories categories;
    private final Opds opds;

    CallCenterController(CallCenter callCenter, TanggapProperties properties, Categories categories, Opds opds) {
        this.callCenter = callCenter;
        this.properties = properties;
        this.categories = categories;
        this.opds = opds;
    }

    @PostMapping("/api/call-center/calls")
    @ResponseBody
    ResponseEntity<CallResponse> log(@RequestBody CallCenter.Call call, @AuthenticationPrincipal StaffUser agent) {
        var logged = callCenter.log(call, agent == null ? null : agent.opdCode());
        var body =
                new CallResponse(logged.ticket(), properties.trackingUrl(logged.ticket()), logged.emergencyNotified());
        return logged.created()
                ? ResponseEntity.created(URI.create("/api/complaints/" + logged.ticket()))
                        .body(body)
                : ResponseEntity.ok(body);
    }

    @PostMapping("/api/call-center/calls/{ticket}/transfer")
    @ResponseBody
    ResponseEntity<Void> transfer(
            @PathVariable String ticket, @RequestBody Transfer transfer, @AuthenticationPrincipal StaffUser user) {
        callCenter.transfer(ticket, transfer.toOpd(), transfer.note(), user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/call-center")
    String form(Model model) {
        model.addAttribute("categories", categories.byName());
        model.addAttribute("opds", opds.all());
        // the call's id for this form load: pressing "Simpan" twice logs the call once
        if (!model.containsAttribute("callId")) {
            model.addAttribute("callId", UUID.randomUUID().toString());
        }
        return "callcenter/form";
    }

    /**
     * The agent's form as typed. Coordinates are read as text, not bound by Spring: a decimal comma (-8,59) is how
     * they are written here, and a typo must come back as the form with the whole call record, not as an error page.
     */
    record CallForm(
            String callId,
            String callerName,
            String callerPhone,
            Boolean anonymous,
            String text,
            String category,
            String lat,
            String lon,
            String address,
            Boolean emergency) {}

    @PostMapping("/call-center")
    String submit(
            @ModelAttribute CallForm typed,
            @AuthenticationPrincipal StaffUser agent,
            Model model,
            HttpServletResponse response) {
        String agentOpd = agent == null ? null : agent.opdCode();
        try {
            List<InvalidInputException.FieldProblem> formProblems = new ArrayList<>();
            Double latitude = Coordinates.parse(typed.lat(), "location.lat", formProblems);
            Double longitude = Coordinates.parse(typed.lon(), "location.lon", formProblems);
            Coordinates.pairOrNone(latitude, longitude, formProblems);
            boolean noCategory = typed.category() == null || typed.category().isBlank();
            if (noCategory) {
                formProblems.add(new InvalidInputException.FieldProblem("category", "pilih kategori"));
            }
            var call = new CallCenter.Call(
                    typed.callId(),
                    typed.callerName(),
                    typed.callerPhone(),
                    typed.anonymous(),
                    typed.text(),
                    typed.category(),
                    latitude,
                    longitude,
                    typed.address(),
                    typed.emergency());
            try {
                callCenter.check(call, agentOpd);
            } catch (InvalidInputException e) {
                // a missing category is already told as "pilih kategori"
                e.problems().stream()
                        .filter(p -> !(p.field().equals("category") && noCategory))
                        .forEach(formProblems::add);
            }
            if (!formProblems.isEmpty()) {
                throw new InvalidInputException(formProblems);
            }
            var logged = callCenter.log(call, agentOpd);
            model.addAttribute("logged", logged);
            model.addAttribute("trackingUrl", properties.trackingUrl(logged.ticket()));
            return form(model);
        } catch (InvalidInputException e) {
            // nothing was stored: the form comes back with the whole call record, under the same call id
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "errors",
                    e.problems().stream()
                            .map(p -> LABELS.getOrDefault(p.field(), p.field()) + ": " + p.message())
                            .distinct()
                            .toList());
            model.addAttribute("values", typed);
            if (typed.callId() != null && !typed.callId().isBlank()) {
                model.addAttribute("callId", typed.callId().trim());
            }
            return form(model);
        }
    }

    /** The form's own labels for the intake's field names. */
    private static final Map<String, String> LABELS = Map.of(
            "externalId",
            "Nomor panggilan",
            "reporter.name",
            "Nama penelepon",
            "reporter.contact",
            "Nomor telepon",
            "text",
            "Isi aduan",
            "category",
            "Kategori",
            "location.lat",
            "Lintang",
            "location.lon",
            "Bujur",
            "location.address",
            "Alamat kejadian");
}
