package id.tanggap.callcenter;

import id.tanggap.routing.Categories;
import id.tanggap.routing.Opds;
import id.tanggap.shared.StaffUser;
import id.tanggap.shared.TanggapProperties;
import java.net.URI;
import java.util.UUID;
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
        model.addAttribute("callId", UUID.randomUUID().toString());
        return "callcenter/form";
    }

    @PostMapping("/call-center")
    String submit(@ModelAttribute CallCenter.Call call, @AuthenticationPrincipal StaffUser agent, Model model) {
        var logged = callCenter.log(call, agent == null ? null : agent.opdCode());
        model.addAttribute("logged", logged);
        model.addAttribute("trackingUrl", properties.trackingUrl(logged.ticket()));
        return form(model);
    }
}
