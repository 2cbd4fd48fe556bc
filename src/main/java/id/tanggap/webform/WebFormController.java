package id.tanggap.webform;

import id.tanggap.intake.ComplaintIntake;
import id.tanggap.intake.ComplaintSubmission;
import id.tanggap.intake.WebDoor;
import id.tanggap.routing.Categories;
import id.tanggap.shared.Channel;
import id.tanggap.shared.Coordinates;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.TanggapProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint form (Indonesian): what happened, where, photos, and whether the reporter is
 * named, confidential (known to Diskominfo only) or anonymous. It submits through the same intake as
 * the API, and lands on the tracking page.
 */
@Controller
class WebFormController {

    private final ComplaintIntake intake;
    private final WebDoor door;
    private final Categories categories;
    private final Uploads uploads;
    private final TanggapProperties properties;
    private final String tileUrl;
    private final id.tanggap.notification.Mailer mailer;
    private final PageDates dates;

    WebFormController(
            ComplaintIntake intake,
            WebDoor door,
            Categories categories,
            Uploads uploads,
            TanggapProperties properties,
            id.tanggap.notification.Mailer mailer,
            PageDates dates,
            @org.springframework.beans.factory.annotation.Value(
                            "${tanggap.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}")
                    String tileUrl) {
        this.tileUrl = tileUrl;
        this.mailer = mailer;
        this.dates = dates;
        this.intake = intake;
        this.door = door;
        this.categories = categories;
        this.uploads = uploads;
        this.properties = properties;
    }

    @GetMapping({"/", "/aduan"})
    String form(Model model) {
        model.addAttribute("categories", categories.byName());
        model.addAttribute("tileUrl", tileUrl);
        // one key per form load: a double submit (or a retry after a lost answer) is one case
        if (!model.containsAttribute("kunci")) {
            model.addAttribute("kunci", id.tanggap.shared.FormKeys.fresh());
        }
        return "public/complaint-form";
    }

    /** A place typed without coordinates stays with the case, in its text (as the call center keeps a spoken one). */
    static String withTypedAddress(String text, String address) {
        if (text == null || text.isBlank() || address == null || address.isBlank()) {
            return text;
        }
        String typed = address.strip();
        return text.strip() + "\n\nLokasi menurut pelapor: " + (typed.length() > 500 ? typed.substring(0, 500) : typed);
    }

    @PostMapping(value = "/aduan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String submit(
            @RequestParam(required = false) String nama,
            @RequestParam(required = false) String kontak,
            @RequestParam(defaultValue = "BIASA") String identitas,
            @RequestParam(required = false) String kategori,
            @RequestParam(required = false) String isi,
            @RequestParam(required = false) String alamat,
            @RequestParam(required = false) String lat,
            @RequestParam(required = false) String lon,
            @RequestParam(name = "foto", required = false) List<MultipartFile> photos,
            @RequestParam(name = "kunci", required = false) String key,
            Model model) {
        // a form without a usable key (an old page, a hand-made request) makes a new case each time
        String idempotencyKey = WebDoor.validKey(key) ? key : null;
        try {
            List<String> attachments = new ArrayList<>();
            List<MultipartFile> given = photos == null
                    ? List.of()
                    : photos.stream().filter(p -> !p.isEmpty()).toList();
            if (given.size() > 3) {
                throw InvalidInputException.of("foto", "paling banyak 3 foto");
            }
            boolean anonymous = "ANONIM".equals(identitas);
            // coordinates are read here, not bound by Spring: a decimal comma (-8,5901) is how people here write them,
            // and a typo must come back as the form with everything typed, not as an error page
            List<InvalidInputException.FieldProblem> formProblems = new ArrayList<>();
            Double latitude = Coordinates.parse(lat, "location.lat", formProblems);
            Double longitude = Coordinates.parse(lon, "location.lon", formProblems);
            Coordinates.pairOrNone(latitude, longitude, formProblems);
            if (kategori == null || kategori.isBlank()) {
                formProblems.add(new InvalidInputException.FieldProblem("category", "pilih kategori"));
            }
            var submission = new ComplaintSubmission(
                    Channel.WEB,
                    null,
                    new ComplaintSubmission.Reporter(
                            anonymous ? null : nama, anonymous ? null : kontak, anonymous, "RAHASIA".equals(identitas)),
                    latitude == null || longitude == null ? withTypedAddress(isi, alamat) : isi,
                    kategori,
                    latitude == null || longitude == null
                            ? null
                            : new ComplaintSubmission.Location(latitude, longitude, alamat),
                    null,
                    attachments);
            try {
                intake.validate(submission);
            } catch (InvalidInputException e) {
                // a missing category is already told as "pilih kategori"
                e.problems().stream()
                        .filter(p -> !(p.field().equals("category") && (kategori == null || kategori.isBlank())))
                        .forEach(formProblems::add);
            }
            if (!formProblems.isEmpty()) {
                throw new InvalidInputException(formProblems);
            }
            // photos are checked and cleaned of metadata first, but written only once the case is accepted
            List<Uploads.Photo> checked = new ArrayList<>();
            for (MultipartFile photo : given) {
                checked.add(uploads.check(photo, "foto"));
                attachments.add(properties.publicBaseUrl().replaceAll("/$", "") + "/lampiran/"
                        + checked.getLast().name());
            }
            var accepted = door.submit(submission, idempotencyKey);
            if (accepted.created()) {
                uploads.save(checked); // a retry of the same form keeps the photos the first delivery stored
            }
            if (!anonymous && kontak != null && id.tanggap.shared.Contacts.isEmail(kontak.trim())) {
                receipt(
                        accepted.ticket(),
                        idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey,
                        kontak.trim(),
                        kategori);
            }
            // "baru" tells the tracking page to show the ticket prominently, with the advice to keep it
            return "redirect:/lacak/" + accepted.ticket() + "?baru" + (accepted.joined() ? "&bergabung" : "");
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "errors",
                    e.problems().stream()
                            .map(p -> LABELS.getOrDefault(p.field().replaceAll("\\[\\d+]$", ""), p.field()) + ": "
                                    + p.message())
                            .distinct()
                            .toList());
            model.addAttribute("values", new Values(nama, kontak, identitas, kategori, isi, alamat, lat, lon));
            if (idempotencyKey != null) {
                model.addAttribute(
                        "kunci", idempotencyKey); // nothing was stored: the corrected form is still the same report
            }
            return form(model);
        } catch (WebDoor.KeyReusedException e) {
            // this page was already sent with other content (e.g. edited after going back): a fresh key makes it a new
            // report
            model.addAttribute(
                    "errors",
                    List.of(
                            "Formulir ini sudah pernah dikirim dengan isi yang berbeda. Periksa isian lalu kirim lagi untuk membuat aduan baru."));
            model.addAttribute("values", new Values(nama, kontak, identitas, kategori, isi, alamat, lat, lon));
            return form(model);
        }
    }

    /**
     * The receipt with the ticket, to the address the reporter typed (named or confidential; an anonymous report keeps
     * none). Keyed by the form's key: a retry of the same form sends no second receipt, while another resident whose
     * report joined the same case gets their own.
     */
    private void receipt(String ticket, String formKey, String to, String category) {
        mailer.sendOnce(
                "receipt:" + ticket + ":" + formKey,
                null,
                to,
                "[Tanggap] Aduan Anda diterima: " + ticket,
                "complaint-receipt",
                java.util.Map.of(
                        "ticket", ticket,
                        "trackingUrl", properties.trackingUrl(ticket),
                        "category", categories.nameOf(category),
                        "receivedAt", dates.waktu(java.time.Instant.now())));
    }

    /** The form's own labels for the intake's field names. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.of(
            "reporter.name",
            "Nama",
            "reporter.contact",
            "E-mail atau nomor HP",
            "text",
            "Isi aduan",
            "category",
            "Kategori",
            "location.lat",
            "Lintang",
            "location.lon",
            "Bujur",
            "location.address",
            "Alamat",
            "foto",
            "Foto bukti",
            "attachments",
            "Foto bukti");

    record Values(
            String nama,
            String kontak,
            String identitas,
            String kategori,
            String isi,
            String alamat,
            String lat,
            String lon) {}

    @GetMapping("/lampiran/{name}")
    ResponseEntity<FileSystemResource> attachment(@PathVariable String name) {
        Path p = uploads.path(name);
        if (p == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Uploads.contentType(name)))
                .body(new FileSystemResource(p));
    }
}
