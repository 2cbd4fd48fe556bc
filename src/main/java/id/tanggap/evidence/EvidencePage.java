package id.tanggap.evidence;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.routing.Categories;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.Role;
import id.tanggap.shared.StaffUser;
import id.tanggap.webform.Uploads;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /bukti/{ticket}}: the OPD's photo evidence of its resolution, linked from the resolve task in Tasklist
 * (Tasklist's own document store needs cloud storage this installation does not have). Only staff of the OPD that
 * handles the case may see and use it. Photos are JPEG or PNG (by their first bytes, whatever the name says), at
 * most 5 MB, cleaned of metadata (EXIF with GPS positions), and stored only when the OPD confirms that faces and
 * people's data in them were checked: the complainant sees them on {@code /lacak} after their own photos.
 */
@Controller
class EvidencePage {

    private static final Logger log = LoggerFactory.getLogger(EvidencePage.class);

    static final int MAX_PHOTOS = 5;
    static final int MAX_CAPTION = 200;

    /** What was typed, shown again when the upload is refused (files cannot be put back into a file field). */
    record Values(String keterangan, boolean dataDiperiksa) {}

    private final Complaints complaints;
    private final Categories categories;
    private final Uploads uploads;
    private final EvidencePhotos photos;
    private final TransactionTemplate tx;
    private final Clock clock;

    EvidencePage(
            Complaints complaints,
            Categories categories,
            Uploads uploads,
            EvidencePhotos photos,
            TransactionTemplate tx,
            Clock clock) {
        this.complaints = complaints;
        this.categories = categories;
        this.uploads = uploads;
        this.photos = photos;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping("/bukti/{ticket}")
    String page(
            @PathVariable String ticket,
            @RequestParam(name = "tersimpan", required = false) Integer saved,
            @AuthenticationPrincipal StaffUser user,
            Model model) {
        Complaint c = caseFor(ticket, user);
        model.addAttribute("saved", saved);
        model.addAttribute("values", new Values(null, false));
        return show(c, model);
    }

    @PostMapping("/bukti/{ticket}")
    String upload(
            @PathVariable String ticket,
            @RequestParam(name = "foto", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String keterangan,
            @RequestParam(required = false) Boolean dataDiperiksa,
            @AuthenticationPrincipal StaffUser user,
            Model model,
            HttpServletResponse response) {
        Complaint c = caseFor(ticket, user);
        boolean checked = Boolean.TRUE.equals(dataDiperiksa);
        String caption = keterangan == null || keterangan.isBlank() ? null : keterangan.trim();
        List<MultipartFile> given = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        List<String> errors = new ArrayList<>();
        List<Uploads.Photo> accepted = new ArrayList<>();
        if (given.isEmpty()) {
            errors.add("Foto bukti: pilih minimal satu foto");
        } else if (given.size() > MAX_PHOTOS) {
            errors.add("Foto bukti: paling banyak " + MAX_PHOTOS + " foto sekali unggah");
        } else {
            for (MultipartFile f : given) {
                try {
                    accepted.add(jpegOrPng(f));
                } catch (InvalidInputException e) {
                    errors.add("Foto bukti: " + e.problems().getFirst().message());
                }
            }
        }
        if (caption != null && caption.length() > MAX_CAPTION) {
            errors.add("Keterangan: paling panjang " + MAX_CAPTION + " karakter");
        }
        if (!checked) {
            errors.add("Pernyataan: centang bahwa wajah dan data pribadi orang pada foto sudah diperiksa"
                    + " (disamarkan atau tidak tampak)");
        }
        if (!errors.isEmpty()) {
            // logged without the file names or the caption: they may name people
            log.info("evidence upload for {} refused: {} problem(s)", c.getTicket(), errors.size());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors);
            model.addAttribute("values", new Values(caption, checked));
            return show(c, model);
        }
        // files first: a row never points at a file that was not written; a file without a row is never shown
        uploads.save(accepted);
        tx.executeWithoutResult(s -> accepted.forEach(
                p -> photos.add(c.getId(), p.name(), caption, c.getOpdCode(), user.username(), clock.instant())));
        return "redirect:/bukti/" + c.getTicket() + "?tersimpan=" + accepted.size();
    }

    /** A JPEG or a PNG by its first bytes (the web form also takes WebP; an OPD's camera or phone gives these two). */
    private Uploads.Photo jpegOrPng(MultipartFile f) {
        byte[] head;
        try (InputStream in = f.getInputStream()) {
            head = in.readNBytes(12);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read an upload", e);
        }
        String kind = Uploads.kind(head);
        if (!"jpg".equals(kind) && !"png".equals(kind)) {
            throw InvalidInputException.of("foto", "harus foto JPEG atau PNG");
        }
        return uploads.check(f, "foto");
    }

    /** The case, if the user is staff of the OPD that handles it (not a case about their own OPD's officials). */
    private Complaint caseFor(String ticket, StaffUser user) {
        Complaint c = complaints
                .byTicket(ticket)
                .orElseThrow(() -> new NotFoundException("Tidak ada aduan dengan nomor tiket " + ticket));
        if (user == null
                || !user.hasAnyRole(Role.OPD)
                || user.opdCode() == null
                || !user.opdCode().equals(c.getOpdCode())
                || !user.mayReadCase(c.getOpdCode(), c.getSubjectOpdCode())) {
            throw new AccessDeniedException("evidence of " + ticket + " is for staff of the handling OPD only");
        }
        return c;
    }

    private String show(Complaint c, Model model) {
        model.addAttribute("ticket", c.getTicket());
        model.addAttribute("category", categories.nameOf(c.getCategoryCode()));
        model.addAttribute("status", c.getStatus().label());
        model.addAttribute("citizenPhotos", c.getAttachments());
        model.addAttribute(
                "evidence",
                photos.ofCase(c.getId()).stream()
                        .map(s -> new Shown(photos.link(s.fileName()), s.caption(), s.uploadedBy(), s.uploadedAt()))
                        .toList());
        model.addAttribute("maxPhotos", MAX_PHOTOS);
        return "evidence/upload";
    }

    record Shown(String link, String caption, String uploadedBy, java.time.Instant uploadedAt) {}
}
