package id.tanggap.privacy;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.shared.Contacts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data subject's door (UU 27/2022), in Indonesian: {@code /privasi/permintaan} takes the e-mail
 * address the complainant gave and sends a one-time code to it; {@code /privasi/permintaan/kode} checks
 * the code and marks the session as verified for that address; {@code /privasi/data-saya} shows the
 * personal data held in the subject's cases (an audited access) and takes a request for correction,
 * erasure or withdrawal of consent, which Diskominfo decides in bpmn/data-subject-request.bpmn. A
 * telephone number cannot be verified without an SMS gateway, so it is refused politely with the PPID's
 * contact. Forms carry the CSRF token; the POSTs are rate-limited like the other anonymous doors.
 * Anonymous reports hold no contact and cannot be found here.
 */
@Controller
class SubjectRequestPages {

    /** The verified subject of this session: the contact and until when the proof holds. */
    record Verified(String contact, Instant until) implements Serializable {}

    static final String VERIFIED = "tanggap.privacy.subject";
    static final String PENDING_REFERENCE = "tanggap.privacy.reference";

    private final SubjectCodes codes;
    private final SubjectCases cases;
    private final SubjectRequests requests;
    private final AuditTrail trail;
    private final SubjectRequestProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SubjectRequestPages(
            SubjectCodes codes,
            SubjectCases cases,
            SubjectRequests requests,
            AuditTrail trail,
            SubjectRequestProperties properties,
            Clock clock) {
        this.codes = codes;
        this.cases = cases;
        this.requests = requests;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/privasi/permintaan")
    String start(Model model) {
        model.addAttribute("contact", "");
        return "privacy/request";
    }

    @PostMapping("/privasi/permintaan")
    String sendCode(@RequestParam(defaultValue = "") String contact, Model model, HttpServletResponse response) {
        String c = contact.strip();
        model.addAttribute("contact", c);
        String problem = null;
        if (c.isEmpty()) {
            problem = "Isi alamat e-mail yang Anda cantumkan ketika menyampaikan aduan.";
        } else if (c.length() > 200) {
            problem = "Alamat e-mail terlalu panjang (paling banyak 200 karakter).";
        } else if (c.replaceAll("[\\s+().-]", "").matches("\\d{8,15}")) {
            problem = "Verifikasi nomor HP memerlukan layanan SMS yang belum tersedia di Tanggap. Mohon maaf: "
                    + "sampaikan permintaan Anda langsung kepada PPID (lihat halaman Pemberitahuan privasi), "
                    + "atau gunakan alamat e-mail bila Anda mencantumkannya dalam aduan.";
        } else if (!Contacts.isEmail(c)) {
            problem = "Alamat e-mail tidak valid. Contoh: nama@contoh.id";
        }
        if (problem != null) {
            model.addAttribute("errors", List.of(problem));
            response.setStatus(422);
            return "privacy/request";
        }
        var token = codes.issue(c);
        if (token.isEmpty()) {
            // the same words for every address, whether it reported anything or not
            model.addAttribute(
                    "errors",
                    List.of("Kode untuk alamat e-mail ini sudah diminta " + properties.codesPerHour()
                            + " kali dalam satu jam terakhir. Periksa kotak masuk dan folder spam Anda, "
                            + "atau minta kode baru setelah satu jam."));
            response.setStatus(429);
            return "privacy/request";
        }
        return "redirect:/privasi/permintaan/kode?t=" + token.get();
    }

    @GetMapping("/privasi/permintaan/kode")
    String codeForm(@RequestParam(name = "t", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("code", "");
        model.addAttribute("minutes", properties.codeTtl().toMinutes());
        return "privacy/code";
    }

    @PostMapping("/privasi/permintaan/kode")
    String checkCode(
            @RequestParam(name = "t", defaultValue = "") String token,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SubjectCodes.Check check = token.matches("[0-9a-f]{48}")
                ? codes.check(token, code)
                : new SubjectCodes.Check(SubjectCodes.Outcome.UNKNOWN, null, 0);
        if (check.outcome() == SubjectCodes.Outcome.VERIFIED) {
            request.getSession(true);
            request.changeSessionId(); // a session id known before the proof is worth nothing after it
            request.getSession()
                    .setAttribute(
                            VERIFIED,
                            new Verified(check.contact(), clock.instant().plus(properties.session())));
            return "redirect:/privasi/data-saya";
        }
        model.addAttribute("token", token);
        model.addAttribute("code", code.length() > 20 ? code.substring(0, 20) : code);
        model.addAttribute("minutes", properties.codeTtl().toMinutes());
        model.addAttribute(
                "errors",
                List.of(
                        check.outcome() == SubjectCodes.Outcome.WRONG
                                ? "Kode salah. Sisa percobaan: " + check.attemptsLeft() + "."
                                : "Kode tidak berlaku lagi (kedaluwarsa, sudah dipakai, atau terlalu banyak percobaan). "
                                        + "Minta kode baru."));
        response.setStatus(422);
        return "privacy/code";
    }

    @GetMapping("/privasi/data-saya")
    String data(HttpServletRequest request, Model model) {
        Verified subject = verified(request);
        if (subject == null) {
            return "redirect:/privasi/permintaan";
        }
        List<SubjectCases.HeldCase> held = cases.of(subject.contact());
        trail.record(
                "subjek-data",
                "",
                AuditAction.SUBJECT_ACCESS,
                held.isEmpty()
                        ? "-"
                        : held.stream().map(SubjectCases.HeldCase::ticket).collect(Collectors.joining(",")),
                "subjek data melihat data pribadinya (" + held.size() + " aduan)",
                AuditTrail.currentClientIp());
        fill(model, request.getSession(), held, "", List.of(), "", "");
        return "privacy/data";
    }

    @PostMapping("/privasi/data-saya")
    String submit(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) List<String> tickets,
            @RequestParam(defaultValue = "") String correctedName,
            @RequestParam(defaultValue = "") String note,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Verified subject = verified(request);
        if (subject == null) {
            return "redirect:/privasi/permintaan";
        }
        List<SubjectCases.HeldCase> held = cases.of(subject.contact());
        Set<String> own = held.stream().map(SubjectCases.HeldCase::ticket).collect(Collectors.toSet());
        List<String> chosen = tickets == null
                ? List.of()
                : tickets.stream().map(String::strip).distinct().toList();
        var k = SubjectRequests.Kind.of(kind);
        List<String> errors = new ArrayList<>();
        if (k.isEmpty()) {
            errors.add("Pilih jenis permintaan.");
        }
        if (chosen.isEmpty()) {
            errors.add("Pilih paling sedikit satu aduan.");
        } else if (!own.containsAll(chosen)) {
            errors.add("Hanya aduan dengan kontak Anda yang dapat dipilih.");
        }
        String name = correctedName.strip();
        if (k.isPresent() && k.get() == SubjectRequests.Kind.KOREKSI && (name.length() < 2 || name.length() > 200)) {
            errors.add("Tulis nama yang benar (2 sampai 200 karakter).");
        }
        if (note.length() > 1000) {
            errors.add("Catatan paling banyak 1000 karakter.");
        }
        if (!errors.isEmpty()) {
            fill(model, request.getSession(), held, kind, chosen, correctedName, note);
            model.addAttribute("errors", errors);
            response.setStatus(422);
            return "privacy/data";
        }
        HttpSession session = request.getSession();
        String reference = session.getAttribute(PENDING_REFERENCE) instanceof String pending ? pending : newReference();
        SubjectRequests.Request r = requests.submit(
                reference,
                subject.contact(),
                k.get(),
                chosen,
                k.get() == SubjectRequests.Kind.KOREKSI ? name : null,
                note.isBlank() ? null : note.strip());
        session.removeAttribute(PENDING_REFERENCE); // the next request gets a reference of its own
        model.addAttribute("submitted", r);
        model.addAttribute("kindLabel", r.kind().label);
        return "privacy/submitted";
    }

    /** PDP-<year>-<10 hex digits>: unguessable, so a reference says nothing about other requests. */
    private String newReference() {
        byte[] raw = new byte[5];
        random.nextBytes(raw);
        return "PDP-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear() + "-"
                + HexFormat.of().formatHex(raw).toUpperCase(Locale.ROOT);
    }

    private Verified verified(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(VERIFIED) instanceof Verified v) {
            if (clock.instant().isBefore(v.until())) {
                return v;
            }
            session.removeAttribute(VERIFIED);
        }
        return null;
    }

    private void fill(
            Model model,
            HttpSession session,
            List<SubjectCases.HeldCase> held,
            String kind,
            List<String> chosen,
            String correctedName,
            String note) {
        // one reference per filled form: sending the same form twice answers with the first request
        if (session.getAttribute(PENDING_REFERENCE) == null) {
            session.setAttribute(PENDING_REFERENCE, newReference());
        }
        model.addAttribute("cases", held);
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(SubjectRequests.Kind.values())
                        .map(k -> java.util.Map.of("value", k.name(), "label", k.label))
                        .toList());
        model.addAttribute("kind", kind);
        model.addAttribute("chosen", chosen);
        model.addAttribute("correctedName", correctedName);
        model.addAttribute("note", note);
    }
}
