package id.tanggap.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The public complaint form as a browser uses it; its receipt e-mail is queued with the case. */
final class ComplaintForm {

    private ComplaintForm() {}

    /**
     * Loads the complaint form and sends it as a browser does (session cookie, CSRF token, the form's key).
     *
     * @return the ticket the answer redirects to, null when it was not accepted
     */
    static String submit(String base, int n) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/aduan"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("_csrf", hidden(page, "_csrf"));
        form.put("kunci", hidden(page, "kunci"));
        form.put("identitas", "BIASA");
        form.put("nama", "Warga Formulir " + n);
        form.put("kontak", "formulir" + n + "-" + UUID.randomUUID() + "@warga.example");
        form.put("kategori", "SAMPAH");
        form.put("isi", "Sampah menumpuk di saluran air Jalan Pejanggik sejak seminggu, mohon diangkut.");
        form.put("alamat", "Jalan Pejanggik, Mataram");
        form.put("lat", String.valueOf(-8.9 + Math.random() * 0.6));
        form.put("lon", String.valueOf(116.0 + Math.random() * 0.6));
        String boundary = "----tanggap" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> answer = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/aduan"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.contains("/lacak/")) {
            return null;
        }
        String ticket = location.substring(location.indexOf("/lacak/") + "/lacak/".length());
        return ticket.contains("?") ? ticket.substring(0, ticket.indexOf('?')) : ticket;
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        if (!m.find()) {
            m = Pattern.compile("<input[^>]*value=\"([^\"]*)\"[^>]*name=\"" + Pattern.quote(name) + "\"")
                    .matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("the form has no field " + name);
            }
        }
        return m.group(1);
    }
}
