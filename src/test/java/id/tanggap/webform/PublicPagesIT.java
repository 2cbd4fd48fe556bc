package id.tanggap.webform;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a resident's browser gets when something is wrong: an Indonesian page that keeps what was typed, never
 * raw JSON or Spring's English "Whitelabel" page, while the JSON API keeps its problem details.
 */
class PublicPagesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    id.tanggap.shared.TanggapProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    HttpClient browser;
    String base;

    @BeforeEach
    void setUp() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        base = new Api(port).base();
    }

    @Test
    void coordinatesWithADecimalCommaAreAcceptedAndTheTicketIsShownToKeep() throws Exception {
        Map<String, String> form = form();
        form.put("lat", "-8,5901");
        form.put("lon", " 116,1402 ");
        var sent = submit(form);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/lacak/ADU-\\d{4}-\\d{6}\\?baru.*");
        String ticket = location.replaceAll(".*/lacak/([^?]+).*", "$1");
        Map<String, Object> row = ComplaintRows.row(jdbc, ticket);
        assertThat(((Number) row.get("latitude")).doubleValue()).isEqualTo(-8.5901);
        assertThat(((Number) row.get("longitude")).doubleValue()).isEqualTo(116.1402);

        String page = get(location, "text/html").body();
        assertThat(page).contains("id=\"ticket-banner\"", "Simpan nomor tiket ini", ticket);
        // the timeline names the channel as people know it, not its code
        assertThat(page).contains("Aduan diterima melalui formulir web").doesNotContain("kanal WEB");
        // dates in Indonesian and WITA, whatever the browser asks for
        String english =
                get(location, "text/html", "Accept-Language", "en-US,en;q=0.9").body();
        assertThat(english)
                .containsPattern(
                        "id=\"received-at\">\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \\d{4} pukul \\d{2}\\.\\d{2} WITA<")
                .doesNotContainPattern("(January|February|March|May|June|July|August|October|December) \\d{4}");
        // the plain tracking link (as in e-mails) has no banner
        assertThat(get(base + "/lacak/" + ticket, "text/html").body()).doesNotContain("id=\"ticket-banner\"");
    }

    @Test
    void aTypoInTheCoordinatesComesBackAsTheFormWithEverythingTyped() throws Exception {
        int before = complaints();
        Map<String, String> form = form();
        form.put("identitas", "RAHASIA");
        form.put("lat", "-8.59O1");
        form.put("lon", "116,1402");
        var sent = submit(form);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String page = sent.body();
        assertThat(page)
                .contains("Periksa kembali isian", "Lintang: harus berupa angka desimal, misalnya -8,5901")
                .contains(
                        "value=\"Lalu Wirajaya\"",
                        "value=\"wirajaya@warga.example\"",
                        "value=\"-8.59O1\"",
                        "value=\"116,1402\"",
                        "Tumpukan sampah di pinggir Jalan Udayana",
                        "value=\"Jalan Udayana, Mataram\"")
                .doesNotContain("\"type\":", "Whitelabel");
        assertThat(page)
                .containsPattern(
                        "<option value=\"SAMPAH\" selected=\"selected\"|<option selected=\"selected\" value=\"SAMPAH\"");
        assertThat(page).containsPattern("value=\"RAHASIA\" id=\"rahasia\" checked=\"checked\"");
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void anOversizedPhotoIsAnIndonesianPageForBrowsersAndNothingIsStored() throws Exception {
        int before = complaints();
        // just over the 5 MB limit (a bigger body would also meet Tomcat's limit on unread bytes and lose the
        // connection)
        var sent = submit(form(), new byte[5 * 1024 * 1024 + 100_000]);
        assertThat(sent.statusCode()).isEqualTo(413);
        assertThat(sent.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(sent.body())
                .contains("<html lang=\"id\"", "Foto terlalu besar", "5 MB")
                .doesNotContain("\"type\":", "Whitelabel");
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void aVideoFarOverTheLimitStillGetsTheIndonesianPageNotALostConnectionOrAnAccessRefusal() throws Exception {
        int before = complaints();
        // 30 MB: over the whole-form limit too, so the server refuses the body unread (the form's CSRF token too) and
        // the rest of it must still be read for the browser to get the page
        var sent = submit(form(), new byte[30 * 1024 * 1024]);
        assertThat(sent.statusCode()).isEqualTo(413);
        assertThat(sent.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(sent.body())
                .contains("<html lang=\"id\"", "Foto terlalu besar", "Aduan Anda belum terkirim")
                .contains("5 MB per foto", "20 MB seluruhnya")
                .contains("tidak tersimpan", "href=\"/aduan\"")
                .doesNotContain("\"type\":", "Whitelabel", "Akses ditolak");
        assertThat(complaints()).isEqualTo(before);
        // the connection was not cut: the same browser goes on
        assertThat(get(base + "/aduan", "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiAnswersAnOversizedUploadWithProblemDetails() throws Exception {
        String boundary = "----tanggap" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"besar.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(new byte[30 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var sent = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/api/complaints"))
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).isEqualTo(413);
        assertThat(sent.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(sent.body()).contains("\"status\":413").doesNotContain("<html");

        // Open311 clients get their own error format, as for every other GeoReport v2 error
        var open311 = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(open311.statusCode()).isEqualTo(413);
        var errors = new com.fasterxml.jackson.databind.ObjectMapper().readTree(open311.body());
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(413);
        assertThat(errors.get(0).get("description").asText()).contains("batas unggahan", "MB");
    }

    @Test
    void theCategoryMustBeChosenFromAnEmptyFirstOption() throws Exception {
        String page = get(base + "/aduan", "text/html").body();
        assertThat(page)
                .containsPattern(
                        "<select name=\"kategori\"[^>]*>\\s*<option value=\"\" selected=\"selected\">Pilih kategori</option>");
        int before = complaints();
        Map<String, String> form = form();
        form.put("kategori", "");
        var sent = submit(form);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body())
                .contains("Kategori: pilih kategori", "Tumpukan sampah di pinggir Jalan Udayana")
                .doesNotContain("Kategori: wajib diisi");
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void unknownTicketsAndOpdsArePagesForBrowsersAndProblemDetailsForTheApi() throws Exception {
        var ticket = get(base + "/lacak/ADU-1999-000001", "text/html");
        assertThat(ticket.statusCode()).isEqualTo(404);
        assertThat(ticket.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(ticket.body())
                .contains(
                        "<html lang=\"id\"", "Tidak ada aduan dengan nomor tiket ADU-1999-000001", "id=\"lacak-form\"")
                .doesNotContain("Whitelabel", "\"status\":");
        var opd = get(base + "/direktori/TIDAK-ADA", "text/html");
        assertThat(opd.statusCode()).isEqualTo(404);
        assertThat(opd.body())
                .contains("Tidak ada perangkat daerah dengan kode TIDAK-ADA")
                .doesNotContain("Whitelabel");

        var api = get(base + "/api/complaints/ADU-1999-000001", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(get(base + "/api/directory/TIDAK-ADA", "application/json")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .startsWith("application/problem+json");
    }

    @Test
    void refusalsOfPageDoorsArePagesForBrowsersAndProblemDetailsForTheApi() throws Exception {
        // an edited personal share link
        var share = get("/kampanye/1/bagikan?staf=199001012020121001&t=diubah", "text/html");
        assertThat(share.statusCode()).isEqualTo(403);
        assertIndonesianPage(share);
        assertThat(share.body()).contains("Akses ditolak", "Tautan pribadi tidak valid");
        var shareApi = new Api(port).post("/api/campaigns/1/shares", """
                        {"staffId":"199001012020121001","token":"diubah","url":"https://www.facebook.com/x/posts/1"}""");
        assertThat(shareApi.status()).isEqualTo(403);
        assertThat(shareApi.contentType()).startsWith("application/problem+json");

        // unknown ids behind a login
        String diskominfo =
                "Basic " + Base64.getEncoder().encodeToString("diskominfo:tanggap".getBytes(StandardCharsets.UTF_8));
        var campaign = get("/kampanye/999999", "text/html", "Authorization", diskominfo);
        assertThat(campaign.statusCode()).isEqualTo(404);
        assertIndonesianPage(campaign);
        assertThat(campaign.body()).contains("Tidak ditemukan", "Tidak ada kampanye 999999");
        String opdStaff =
                "Basic " + Base64.getEncoder().encodeToString("pupr:tanggap".getBytes(StandardCharsets.UTF_8));
        var evidence = get("/bukti/ADU-1999-000001", "text/html", "Authorization", opdStaff);
        assertThat(evidence.statusCode()).isEqualTo(404);
        assertIndonesianPage(evidence);
        assertThat(evidence.body()).contains("Tidak ada aduan dengan nomor tiket ADU-1999-000001");
        var campaignApi = get("/api/campaigns/999999", "application/json", "Authorization", diskominfo);
        assertThat(campaignApi.statusCode()).isEqualTo(404);
        assertThat(campaignApi.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static void assertIndonesianPage(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body())
                .contains("<html lang=\"id\"")
                .doesNotContain("\"type\":", "\"status\":", "Whitelabel", "Forbidden", "Not Found");
    }

    @Test
    void forbiddenAndMissingPagesAreIndonesianNotWhitelabel() throws Exception {
        String opdStaff =
                "Basic " + Base64.getEncoder().encodeToString("pupr:tanggap".getBytes(StandardCharsets.UTF_8));
        var forbidden = get(base + "/dashboard", "text/html", "Authorization", opdStaff);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body())
                .contains("<html lang=\"id\"", "Akses ditolak")
                .doesNotContain("Whitelabel", "Forbidden");
        var missing = get(base + "/halaman-yang-tidak-ada", "text/html", "Authorization", opdStaff);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .contains("<html lang=\"id\"", "Tidak ditemukan")
                .doesNotContain("Whitelabel", "Not Found");
        var missingApi = get(base + "/api/tidak-ada", "application/json", "Authorization", opdStaff);
        assertThat(missingApi.statusCode()).isEqualTo(404);
        assertThat(missingApi.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theLoginPageIsOursInIndonesianWithTheCsrfToken() throws Exception {
        var page = get(base + "/login", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"id\"", "Nama pengguna", "Kata sandi", "id=\"masuk\"")
                .containsPattern("name=\"_csrf\"[^>]*value=\"[^\"]+\"|value=\"[^\"]+\"[^>]*name=\"_csrf\"")
                .doesNotContain("Please sign in", "Username", "Password");
        String csrf = hidden(page.body(), "_csrf");
        var wrong = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=pupr&password=salah-sekali&_csrf="
                                + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(302);
        String errorPage = get(
                        base
                                + wrong.headers()
                                        .firstValue("Location")
                                        .orElseThrow()
                                        .replaceFirst("^https?://[^/]+", ""),
                        "text/html")
                .body();
        assertThat(errorPage).contains("Nama pengguna atau kata sandi salah");
    }

    @Test
    void aReporterWhoGaveAnEmailAddressGetsTheTicketByEmailOnceEvenIfTheFormIsSentTwice() throws Exception {
        String address = "warga-" + UUID.randomUUID() + "@warga.example";
        Map<String, String> form = form();
        form.put("kontak", address);
        var sent = submit(form);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String ticket = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/lacak/([^?]+).*", "$1");
        var mail = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> id.tanggap.testsupport.TestMail.to(address), l -> !l.isEmpty())
                .get(0);
        assertThat(id.tanggap.testsupport.TestMail.subjectOf(mail))
                .isEqualTo("[Tanggap] Aduan Anda diterima: " + ticket);
        // paired plain text and HTML, both with the ticket and the advice to keep it
        Map<String, String> parts = new LinkedHashMap<>();
        parts(mail, parts);
        assertThat(parts).containsKeys("text/plain", "text/html");
        assertThat(parts.values()).allSatisfy(text -> assertThat(text).contains(ticket, "Simpan nomor ini"));

        // the same form sent again (a double tap, a retry) is the same case and no second receipt
        assertThat(submit(form).statusCode()).isEqualTo(302);
        Thread.sleep(1500);
        assertThat(id.tanggap.testsupport.TestMail.to(address)).hasSize(1);

        // an anonymous report stores no contact and sends nothing; a phone number gets no e-mail
        String anonymous = "anonim-" + UUID.randomUUID() + "@warga.example";
        Map<String, String> hidden = form();
        hidden.put("identitas", "ANONIM");
        hidden.put("kontak", anonymous);
        assertThat(submit(hidden).statusCode()).isEqualTo(302);
        Map<String, String> phone = form();
        phone.put("kontak", "0812-3456-7890");
        assertThat(submit(phone).statusCode()).isEqualTo(302);
        Thread.sleep(1500);
        assertThat(id.tanggap.testsupport.TestMail.to(anonymous)).isEmpty();
    }

    @Test
    void theComplainantWithTheCodeSeesTheirTextAndPhotosThePublicOnlyCategoryAndArea() throws Exception {
        Map<String, String> form = form();
        String text = form.get("isi");
        var sent = submit(form);
        String ticket = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/lacak/([^?]+).*", "$1");
        String own = properties.publicBaseUrl().replaceAll("/$", "");
        String photo = own + "/lampiran/" + UUID.randomUUID() + ".jpg";
        long id = ComplaintRows.id(jdbc, ticket);
        jdbc.update("INSERT INTO complaint_attachment (complaint_id, position_no, url) VALUES (?, 0, ?)", id, photo);
        // as the resolution leaves it: a code in the notice to the complainant, the evidence, the regency
        jdbc.update(
                "UPDATE complaint SET confirmation_code = 'K0DE42', evidence_urls = ?, region = 'KOTA_MATARAM' WHERE id = ?",
                "https://bukti.example/sesudah.jpg\n",
                id);

        String mine = get("/lacak/" + ticket + "?kode=k0de42", "text/html").body();
        assertThat(mine)
                .contains(
                        "id=\"own\"",
                        text,
                        "src=\"" + photo.substring(own.length()) + "\"",
                        "https://bukti.example/sesudah.jpg")
                .doesNotContain("<img src=\"https://bukti.example");
        for (String stranger : List.of("/lacak/" + ticket, "/lacak/" + ticket + "?kode=SALAH1")) {
            String page = get(stranger, "text/html").body();
            assertThat(page)
                    .doesNotContain(text, "id=\"own\"", photo.substring(own.length()))
                    .contains("Sampah dan kebersihan", "id=\"area\">Kota Mataram<");
        }
    }

    private static void parts(jakarta.mail.Part part, Map<String, String> out) throws Exception {
        if (part.getContent() instanceof jakarta.mail.Multipart m) {
            for (int i = 0; i < m.getCount(); i++) {
                parts(m.getBodyPart(i), out);
            }
        } else if (part.getContent() instanceof String text) {
            out.put(part.getContentType().replaceAll(";.*", "").trim().toLowerCase(), text);
        }
    }

    private Map<String, String> form() throws Exception {
        String page = get(base + "/aduan", "text/html").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", hidden(page, "_csrf"));
        form.put("kunci", hidden(page, "kunci"));
        form.put("identitas", "BIASA");
        form.put("nama", "Lalu Wirajaya");
        form.put("kontak", "wirajaya@warga.example");
        form.put("kategori", "SAMPAH");
        form.put(
                "isi",
                "Tumpukan sampah di pinggir Jalan Udayana menutup saluran air sejak dua minggu " + UUID.randomUUID()
                        + ".");
        form.put("alamat", "Jalan Udayana, Mataram");
        return form;
    }

    private int complaints() {
        return ComplaintRows.count(jdbc);
    }

    private HttpResponse<String> get(String url, String accept, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : base + url))
                .header("Accept", accept);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return browser.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> submit(Map<String, String> fields) throws Exception {
        return submit(fields, null);
    }

    private HttpResponse<String> submit(Map<String, String> fields, byte[] photo) throws Exception {
        String boundary = "----tanggap" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var e : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                            + e.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (photo != null) {
            body.write(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"besar.jpg\"\r\n"
                                    + "Content-Type: image/jpeg\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.write(photo);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(
                HttpRequest.newBuilder(URI.create(base + "/aduan"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        if (!m.find()) {
            m = Pattern.compile("<input[^>]*value=\"([^\"]*)\"[^>]*name=\"" + Pattern.quote(name) + "\"")
                    .matcher(html);
            assertThat(m.find()).as("hidden field " + name).isTrue();
        }
        return m.group(1);
    }
}
