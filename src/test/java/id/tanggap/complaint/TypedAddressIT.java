package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A place the reporter typed without coordinates is never dropped (web form; the call center: CallCenterIT). */
class TypedAddressIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAddressTypedInTheWebFormWithoutCoordinatesReachesTheCaseAndTheOpd() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/aduan"))
                                .header("Accept", "text/html")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String marker = UUID.randomUUID().toString();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", hidden(page, "_csrf"));
        form.put("kunci", hidden(page, "kunci"));
        form.put("identitas", "ANONIM");
        form.put("kategori", "SAMPAH");
        form.put("isi", "Sampah menumpuk di ujung gang dan belum diangkut sejak seminggu " + marker + ".");
        form.put("alamat", "Gang Mawar No. 3, Ampenan");
        String boundary = "----tanggap" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var e : form.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                            + e.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var r = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/aduan"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isIn(200, 302, 303);

        String ticket = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc
                                .queryForList(
                                        "SELECT ticket FROM complaint WHERE body LIKE ?",
                                        String.class,
                                        "%" + marker + "%")
                                .stream()
                                .findFirst()
                                .orElse(null),
                        t -> t != null);
        assertThat(jdbc.queryForObject("SELECT body FROM complaint WHERE ticket = ?", String.class, ticket))
                .endsWith("Lokasi menurut pelapor: Gang Mawar No. 3, Ampenan");
        assertThat(jdbc.queryForObject("SELECT latitude FROM complaint WHERE ticket = ?", Double.class, ticket))
                .isNull();
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
