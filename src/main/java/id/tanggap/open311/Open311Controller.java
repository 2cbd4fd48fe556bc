package id.tanggap.open311;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.complaint.OpenCases;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.intake.ComplaintSubmission;
import id.tanggap.routing.Categories;
import id.tanggap.routing.CategoryInfo;
import id.tanggap.routing.Opds;
import id.tanggap.shared.Channel;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.RequestedTickets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (JSON): services are the complaint categories, service requests are cases
 * (service_request_id = ticket). Public answers carry no reporter data and no free text written by
 * staff or citizens (the OPD's reply stays on the tracking page of the ticket holder); locations are
 * rounded to about 100 m. Confidential cases are left out of lists and, asked for by ticket, show
 * their place blurred to about 1 km. Errors follow GeoReport v2 (see {@link Open311Errors}).
 */
@RestController
class Open311Controller {

    private static final String BASE = "/open311/v2";
    /**
     * Tickets one lookup may ask for: enough for an app's list. Each ticket asked costs the client one read of the
     * public rate limit (security.PublicRateLimitFilter), so a lookup walks no faster than single reads.
     */
    private static final int MAX_TICKETS = 50;

    private final Categories categories;
    private final Complaints complaints;
    private final Opds opds;
    private final ComplaintIntake intake;

    Open311Controller(Categories categories, Complaints complaints, Opds opds, ComplaintIntake intake) {
        this.categories = categories;
        this.complaints = complaints;
        this.opds = opds;
        this.intake = intake;
    }

    @GetMapping(BASE + "/services.json")
    List<Map<String, Object>> services() {
        return categories.byCode().stream().map(c -> service(c)).toList();
    }

    @GetMapping(BASE + "/services/{code}.json")
    Map<String, Object> serviceDefinition(@PathVariable String code) {
        categories.find(code).orElseThrow(() -> new NotFoundException("Tidak ada layanan dengan kode " + code));
        return Map.of("service_code", code, "attributes", List.of());
    }

    @PostMapping(
            value = BASE + "/requests.json",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<List<Map<String, Object>>> create(@RequestParam Map<String, String> form) {
        String code = form.get("service_code");
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (code == null || code.isBlank()) {
            problems.add(new InvalidInputException.FieldProblem("service_code", "wajib diisi"));
        }
        Double lat = number(form, "lat", problems);
        Double lon = number(form, "long", problems);
        if ((lat == null || lon == null) && blank(form.get("address_string"))) {
            problems.add(
                    new InvalidInputException.FieldProblem("lat", "lokasi wajib: lat dan long, atau address_string"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = String.join(" ", List.of(form.getOrDefault("first_name", ""), form.getOrDefault("last_name", "")))
                .trim();
        String contact = !blank(form.get("email")) ? form.get("email") : form.get("phone");
        boolean anonymous = name.isEmpty();
        var submission = new ComplaintSubmission(
                Channel.OPEN311,
                blank(form.get("device_id")) ? null : "open311-" + form.get("device_id") + "-" + UUID.randomUUID(),
                new ComplaintSubmission.Reporter(anonymous ? null : name, anonymous ? null : contact, anonymous),
                form.get("description"),
                code,
                lat == null || lon == null
                        ? null
                        : new ComplaintSubmission.Location(lat, lon, form.get("address_string")),
                null,
                blank(form.get("media_url")) ? List.of() : List.of(form.get("media_url")));
        var accepted = intake.submit(submission);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service_request_id", accepted.ticket());
        body.put(
                "service_notice",
                accepted.joined() ? "Digabungkan dengan aduan yang sama yang sedang ditangani." : "Aduan diterima.");
        body.put("account_id", null);
        return ResponseEntity.status(HttpStatus.CREATED).body(List.of(body));
    }

    @GetMapping(BASE + "/requests.json")
    List<Map<String, Object>> requests(
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate) {
        if (ids != null && !ids.isBlank()) {
            List<String> asked = RequestedTickets.of(ids);
            if (asked.size() > MAX_TICKETS) {
                throw InvalidInputException.of(
                        "service_request_id", "paling banyak " + MAX_TICKETS + " nomor aduan per permintaan");
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (String id : asked) {
                complaints.byTicket(id).ifPresent(c -> out.add(request(c)));
            }
            return out;
        }
        Instant from = startDate == null ? Instant.now().minusSeconds(90L * 24 * 3600) : parse(startDate, "start_date");
        Instant to = endDate == null ? Instant.now().plusSeconds(3600) : parse(endDate, "end_date");
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            throw InvalidInputException.of("status", "harus open atau closed");
        }
        return complaints.receivedBetween(from, to, 1000).stream()
                // a confidential reporter's place would point at them: such cases are never listed
                .filter(c -> !c.isConfidential())
                .filter(c -> serviceCode == null || serviceCode.equals(c.getCategoryCode()))
                .filter(c -> status == null || status.equals(openOrClosed(c)))
                .map(this::request)
                .toList();
    }

    @GetMapping(BASE + "/requests/{id}.json")
    List<Map<String, Object>> request(@PathVariable String id) {
        return List.of(request(complaints
                .byTicket(id)
                .orElseThrow(() -> new NotFoundException("Tidak ada aduan dengan nomor " + id))));
    }

    private Map<String, Object> service(CategoryInfo c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", c.code());
        m.put("service_name", c.name());
        m.put("description", c.name());
        m.put("metadata", false);
        m.put("type", "realtime");
        m.put("keywords", "");
        m.put("group", "Aduan");
        return m;
    }

    private Map<String, Object> request(Complaint c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", c.getTicket());
        m.put("status", openOrClosed(c));
        m.put("status_notes", c.getStatus().label());
        m.put("service_name", categories.nameOf(c.getCategoryCode()));
        m.put("service_code", c.getCategoryCode());
        m.put("agency_responsible", c.getOpdCode() == null ? null : opds.nameOf(c.getOpdCode()));
        m.put("requested_datetime", iso(c.getCreatedAt()));
        m.put("updated_datetime", iso(c.getUpdatedAt()));
        m.put("expected_datetime", iso(c.getResolutionDueAt() != null ? c.getResolutionDueAt() : c.getResponseDueAt()));
        int decimals = c.isConfidential() ? 2 : 3;
        m.put("lat", round(c.getLatitude(), decimals));
        m.put("long", round(c.getLongitude(), decimals));
        return m;
    }

    private static String openOrClosed(Complaint c) {
        return OpenCases.isOutstanding(c) ? "open" : "closed";
    }

    /** 3 decimals of a degree are about 100 m, 2 about 1 km. */
    private static Double round(Double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return v == null ? null : Math.round(v * scale) / scale;
    }

    private static String iso(Instant t) {
        return t == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        t.atOffset(ZoneOffset.ofHours(8)).withNano(0));
    }

    private static Instant parse(String v, String field) {
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (RuntimeException e) {
            throw InvalidInputException.of(field, "harus tanggal-waktu W3C, misalnya 2026-11-01T00:00:00+08:00");
        }
    }

    private static Double number(
            Map<String, String> form, String field, List<InvalidInputException.FieldProblem> problems) {
        String v = form.get(field);
        if (blank(v)) {
            return null;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            problems.add(new InvalidInputException.FieldProblem(field, "harus angka"));
            return null;
        }
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
