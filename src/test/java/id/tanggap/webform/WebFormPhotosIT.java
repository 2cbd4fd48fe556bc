package id.tanggap.webform;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.TanggapProperties;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 20, finding 10: the public form stores photos only with an accepted complaint, and without their EXIF/GPS. */
class WebFormPhotosIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TanggapProperties properties;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private long storedFiles() throws Exception {
        Path dir = Path.of(properties.uploadDir()).toAbsolutePath();
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    /** Posts the form as a browser does (session cookie and CSRF token from the page); fields, then photos. */
    private HttpResponse<String> post(Map<String, String> fields, Map<String, byte[]> photos) throws Exception {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/aduan"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF field on the form").isTrue();
        String boundary = "----tanggap" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf.group(1));
        for (var f : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (var p : photos.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"foto\"; filename=\""
                            + p.getKey() + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/aduan"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> complaint(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("identitas", "BIASA");
        f.put("nama", "Baiq Rahmi");
        f.put("kontak", "0812-3456-7000");
        f.put("kategori", "POHON");
        f.put("isi", text);
        f.put("alamat", "Jl. Pejanggik, Mataram");
        f.put("lat", "-8.5833");
        f.put("lon", "116.1167");
        return f;
    }

    @Test
    void aRejectedFormLeavesNoPhotoBehind() throws Exception {
        byte[] photo = UploadsTest.jpegWithGps();
        long before = storedFiles();

        var missingText = post(complaint(""), Map.of("pohon.jpg", photo));
        assertThat(missingText.statusCode()).isEqualTo(200);
        assertThat(missingText.body()).contains("Isi aduan:");
        assertThat(storedFiles()).isEqualTo(before);

        // a good photo next to a file that is no photo: the whole form is refused, the good one not kept either
        Map<String, byte[]> photos = new LinkedHashMap<>();
        photos.put("pohon.jpg", photo);
        photos.put("bukan-foto.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        var badSecond = post(complaint("Pohon tumbang menutup jalan di depan sekolah sejak pagi."), photos);
        assertThat(badSecond.statusCode()).isEqualTo(200);
        assertThat(badSecond.body()).contains("Foto bukti:");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void anAcceptedPhotoIsPublishedWithoutItsExifGps() throws Exception {
        var accepted = post(
                complaint("Pohon tumbang menutup jalan di depan kantor lurah sejak pagi."),
                Map.of("pohon.jpg", UploadsTest.jpegWithGps()));
        assertThat(accepted.statusCode()).isEqualTo(302);
        String ticket = accepted.headers().firstValue("Location").orElseThrow().replaceAll(".*/lacak/([^?]+).*", "$1");
        String url = ComplaintRows.attachmentUrls(jdbc, ticket).get(0);
        String name = url.substring(url.lastIndexOf('/') + 1);
        HttpResponse<byte[]> published = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/lampiran/" + name))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(published.statusCode()).isEqualTo(200);
        String bytes = new String(published.body(), StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("\u00ff\u00d8").doesNotContain("Exif", "116.116789", "Gang Melati");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(published.body()))
                        .getWidth())
                .isEqualTo(16);
    }
}
