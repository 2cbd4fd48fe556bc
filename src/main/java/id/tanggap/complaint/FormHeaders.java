package id.tanggap.complaint;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.TanggapProperties;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What an official needs to decide, as process variables for the head of every task form of a case (issue 19): the
 * address, the photos, a small map and the history so far. Set again by each step that changes them (registration,
 * disposition, response, reopening, resolution), so a form shows the case as it is when its task is created.
 *
 * <p>Only the app's own uploads ({@code <publicBaseUrl>/lampiran/<name>}) become image sources: a link a citizen
 * typed or a platform sent would make the reviewer's browser fetch any address (a tracking pixel), so every link is
 * also listed as plain text in a read-only field. The map is the staff-only {@code /api/cases/{ticket}/peta.png}.
 * Texts people typed (address, history with responses and comments) go into read-only fields, never into markdown.
 */
@Component
class FormHeaders {

    /** At most this many photos are shown as images; all are listed as links. */
    static final int SHOWN_PHOTOS = 3;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", IndonesianDates.INDONESIAN);

    private final ComplaintEventRepository events;
    private final TanggapProperties properties;

    FormHeaders(ComplaintEventRepository events, TanggapProperties properties) {
        this.events = events;
        this.properties = properties;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A worker's result (a record of plain values) with the header's variables beside it, as one set of variables. */
    static Map<String, Object> merged(Object result, Map<String, Object> header) {
        Map<String, Object> out =
                new LinkedHashMap<>(JSON.convertValue(result, new TypeReference<Map<String, Object>>() {}));
        out.putAll(header);
        return out;
    }

    /** The variables of the header, for a case read in the current transaction. */
    Map<String, Object> of(Complaint c) {
        Map<String, Object> out = new LinkedHashMap<>();
        String address = c.getAddress();
        out.put("addressText", address == null || address.isBlank() ? "Alamat tidak disebutkan" : address.strip());
        List<String> photos = new ArrayList<>();
        for (String url : c.getAttachments()) {
            String own = ownPhoto(url);
            if (own != null && photos.size() < SHOWN_PHOTOS) {
                photos.add(own);
            }
        }
        out.put("photoUrls", photos);
        out.put("photoLinks", c.getAttachments().isEmpty() ? "Tidak ada foto" : String.join("\n", c.getAttachments()));
        out.put(
                "mapImageUrl",
                c.getLatitude() != null && c.getLongitude() != null
                        ? base() + "/api/cases/" + c.getTicket() + "/peta.png"
                        : null);
        out.put("historyText", history(c));
        return out;
    }

    /** The timeline so far, oldest first, one line per step: "3 Desember 2026 10.15 WITA · Dinas PUPR: …". */
    String history(Complaint c) {
        List<String> lines = new ArrayList<>();
        for (ComplaintEvent e : events.findByComplaintIdOrderByOccurredAtAscIdAsc(c.getId())) {
            lines.add(WHEN.format(e.getOccurredAt().atZone(properties.zone())) + " "
                    + IndonesianDates.zoneLabel(properties.zone()) + " · " + e.getActor() + ": " + e.getNote());
        }
        if (c.getRating() != null) {
            lines.add("Penilaian pelapor: " + c.getRating() + " dari 5"
                    + (c.getRatingComment() == null || c.getRatingComment().isBlank()
                            ? ""
                            : " (\"" + c.getRatingComment().strip() + "\")"));
        }
        return lines.isEmpty() ? "Belum ada riwayat" : String.join("\n", lines);
    }

    /** The absolute address of one of this app's uploads, or null for any other link. */
    String ownPhoto(String url) {
        String prefix = base() + "/lampiran/";
        if (url == null || !url.startsWith(prefix)) {
            return null;
        }
        return url.substring(prefix.length()).matches("[A-Za-z0-9._-]+") ? url : null;
    }

    private String base() {
        return properties.publicBaseUrl().replaceAll("/$", "");
    }
}
