package id.tanggap.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The OPD's photo evidence on /bukti/{ticket}: staff of the case's OPD upload it and the complainant sees it on
 * /lacak after their own photos; anyone else is refused, and a file that is no JPEG/PNG, or photos whose faces and
 * people's data the OPD did not confirm checked, are refused with the form as typed and nothing stored.
 */
class EvidenceUploadIT extends IntegrationTest {

    /** A 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /** The first bytes of a WebP: a real image format, but not one an OPD's evidence takes. */
    static final byte[] WEBP = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);

    record Part(String name, String fileName, byte[] content) {}

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Cases.Case caseOfDinasPupr(Cases cases) {
        var c = cases.submitJson(
                Api.complaint("WEB", "bukti-" + UUID.randomUUID(), "JALAN_RUSAK", "Baiq Nurul", false));
        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Laporan diterima, tim DPUPR akan memeriksa lokasi.");
        cases.task(c, "Task_ResolveComplaint");
        return c;
    }

    @Test
    void staffOfTheCaseOpdUploadEvidenceThatTheComplainantSeesAfterTheirOwnPhotos() throws Exception {
        Cases cases = new Cases(new Api(port), runtime, jdbc);
        var c = caseOfDinasPupr(cases);
        // the resolve task links to the page
        assertThat(cases.variable(c, "evidenceUploadUrl"))
                .isEqualTo("https://tanggap.ntbprov.example/bukti/" + c.ticket());

        HttpResponse<String> page = send("GET", "pupr", "/bukti/" + c.ticket(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Foto bukti penyelesaian aduan", c.ticket(), "Belum ada foto bukti");

        HttpResponse<String> upload = upload(
                "pupr",
                c.ticket(),
                List.of(new Part("foto", "sesudah.png", PNG)),
                Map.of("keterangan", "Jalan sudah ditambal <b>rapi</b>", "dataDiperiksa", "true"));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location").orElse(""))
                .endsWith("/bukti/" + c.ticket() + "?tersimpan=1");

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT e.file_name, e.opd_code, e.uploaded_by, e.people_checked, e.caption FROM evidence_photo e"
                        + " JOIN complaint c ON c.id = e.complaint_id WHERE c.ticket = ?",
                c.ticket());
        String name = (String) row.get("file_name");
        assertThat(name).matches("[0-9a-f]{32}\\.png");
        assertThat(row.get("opd_code")).isEqualTo("DPUPR");
        assertThat(row.get("uploaded_by")).isEqualTo("pupr");
        assertThat(row.get("people_checked")).isIn(true, 1, (byte) 1);
        var file = new Api(port).get("/lampiran/" + name);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("image/png");
        // the staff page lists it, the caption as text, never as markup
        HttpResponse<String> after = send("GET", "pupr", "/bukti/" + c.ticket() + "?tersimpan=1", null);
        assertThat(after.body())
                .contains("1 foto bukti tersimpan", "/lampiran/" + name, "&lt;b&gt;rapi&lt;/b&gt;")
                .doesNotContain("<b>rapi</b>");

        cases.resolve(c, "Lubang di Jl. Adi Sucipto sudah ditambal dan dipadatkan.");
        String code = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);
        String tracking =
                new Api(port).get("/lacak/" + c.ticket() + "?kode=" + code).body();
        String afterSection = tracking.substring(tracking.indexOf("id=\"evidence-after\""));
        assertThat(afterSection).contains("src=\"/lampiran/" + name + "\"");
        // without the code the public sees no photos
        assertThat(new Api(port).get("/lacak/" + c.ticket()).body()).doesNotContain(name);

        // the resolution's public reply does not overwrite the response's link
        var status = cases.publicStatus(c);
        assertThat(status.at("/response/publicReplyUrl").asText())
                .startsWith("https://www.facebook.com/pemprovntb/posts/");
        assertThat(status.at("/resolution/publicReplyUrl").asText())
                .startsWith("https://www.instagram.com/p/pemprovntb-");
    }

    @Test
    void anyoneButStaffOfTheCaseOpdIsRefusedAndBadUploadsKeepTheFormAndStoreNothing() throws Exception {
        Cases cases = new Cases(new Api(port), runtime, jdbc);
        var c = caseOfDinasPupr(cases);
        Map<String, String> checked = Map.of("keterangan", "Sesudah perbaikan", "dataDiperiksa", "true");

        // another OPD's staff, the OPD's head, Diskominfo: 403 on the page and on the upload
        for (String who : List.of("dlhk", "kadis-pupr", "diskominfo")) {
            assertThat(send("GET", who, "/bukti/" + c.ticket(), null).statusCode())
                    .as(who)
                    .isEqualTo(403);
            assertThat(upload(who, c.ticket(), List.of(new Part("foto", "a.png", PNG)), checked)
                            .statusCode())
                    .as(who)
                    .isEqualTo(403);
        }
        assertThat(stored(c)).isZero();

        // a script named .png: refused by its content, the caption and the checkbox come back as typed
        HttpResponse<String> notAnImage = upload(
                "pupr",
                c.ticket(),
                List.of(new Part("foto", "foto.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))),
                checked);
        assertThat(notAnImage.statusCode()).isEqualTo(400);
        assertThat(notAnImage.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(notAnImage.body())
                .contains("Foto belum disimpan", "harus foto JPEG atau PNG", "value=\"Sesudah perbaikan\"")
                .containsPattern("id=\"dataDiperiksa\"[^>]*checked")
                .doesNotContain("<script>alert(1)</script>");

        // WebP is an image, but not one of the two evidence formats
        assertThat(upload("pupr", c.ticket(), List.of(new Part("foto", "b.webp", WEBP)), checked)
                        .statusCode())
                .isEqualTo(400);

        // a good photo without the statement that faces and people's data were checked
        HttpResponse<String> unchecked = upload(
                "pupr", c.ticket(), List.of(new Part("foto", "c.png", PNG)), Map.of("keterangan", "Tanpa centang"));
        assertThat(unchecked.statusCode()).isEqualTo(400);
        assertThat(unchecked.body())
                .contains("wajah dan data pribadi orang pada foto sudah diperiksa", "value=\"Tanpa centang\"")
                .doesNotContainPattern("id=\"dataDiperiksa\"[^>]*checked");

        // no photo at all
        assertThat(upload("pupr", c.ticket(), List.of(), checked).statusCode()).isEqualTo(400);
        assertThat(stored(c)).isZero();
    }

    @Test
    void aPhotoOverTheLimitIsAnIndonesianPageThatLeadsBackToTheEvidencePage() throws Exception {
        Cases cases = new Cases(new Api(port), runtime, jdbc);
        var c = caseOfDinasPupr(cases);
        Map<String, String> checked = Map.of("keterangan", "Sesudah perbaikan", "dataDiperiksa", "true");

        // just over 5 MB per photo, and 30 MB (over the 20 MB of the whole form, refused before it is read)
        for (int size : List.of(5 * 1024 * 1024 + 100_000, 30 * 1024 * 1024)) {
            byte[] big = new byte[size];
            System.arraycopy(PNG, 0, big, 0, PNG.length);
            HttpResponse<String> refused =
                    upload("pupr", c.ticket(), List.of(new Part("foto", "besar.png", big)), checked);
            assertThat(refused.statusCode()).as("%d bytes", size).isEqualTo(413);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(refused.body())
                    .as("%d bytes", size)
                    .contains("<html lang=\"id\"", "Foto terlalu besar", "Foto bukti belum disimpan")
                    .contains("5 MB per foto", "href=\"/bukti/" + c.ticket() + "\"")
                    .doesNotContain("Aduan Anda belum terkirim", "\"type\":", "Whitelabel");
        }
        assertThat(stored(c)).isZero();
    }

    private int stored(Cases.Case c) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM evidence_photo e JOIN complaint c ON c.id = e.complaint_id WHERE c.ticket = ?",
                Integer.class,
                c.ticket());
    }

    private HttpResponse<String> upload(String user, String ticket, List<Part> files, Map<String, String> fields)
            throws Exception {
        String boundary = "----tanggap" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Part p : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\"; filename=\""
                            + p.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(p.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", user, "/bukti/" + ticket, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private HttpResponse<String> send(String method, String user, String path, byte[] body) throws Exception {
        return send(method, user, path, body, null);
    }

    private HttpResponse<String> send(String method, String user, String path, byte[] body, String contentType)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8)))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
