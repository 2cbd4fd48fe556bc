package id.tanggap.complaint;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.HtmlForms;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The complainant's two forms on the tracking page, as a browser sends them: a refusal (a wrong code, an empty
 * answer, a rating sent again after Back) comes back as the tracking page in Indonesian with the reason beside the
 * form and what was typed, never as the API's JSON; the API keeps its problem details.
 */
class TrackingPageFormsIT extends CaseScenarioTest {

    @Test
    void aRefusedRatingShowsTheTrackingPageAgainWithTheReasonAndTheComment() throws Exception {
        var c = cases.submit("JALAN_RUSAK");
        cases.triageValid(c, "JALAN_RUSAK");
        cases.respond(c, "Tim Dinas PUPR menambal lubang pekan ini.");
        cases.resolve(c, "Lubang sudah ditambal.");
        String code = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);
        String page = "/lacak/" + c.ticket() + "?kode=" + code;
        Browser browser = new Browser();

        var wrongCode = browser.post(
                "/lacak/" + c.ticket() + "/nilai",
                page,
                Map.of("kode", "SALAH123", "nilai", "2", "komentar", "Masih ada lubang di sisi timur"));
        assertThat(wrongCode.statusCode()).isEqualTo(403);
        assertHtmlPage(wrongCode);
        assertThat(wrongCode.body())
                .contains("id=\"rating-error\"", "Kode penilaian tidak cocok", "id=\"rate\"")
                .contains("Masih ada lubang di sisi timur")
                .containsPattern("<option value=\"2\" selected=\"selected\"|<option selected=\"selected\" value=\"2\"");

        var rated = browser.post(
                "/lacak/" + c.ticket() + "/nilai", page, Map.of("kode", code, "nilai", "4", "komentar", "Sudah rata"));
        assertThat(rated.statusCode()).isEqualTo(302);
        assertThat(rated.headers().firstValue("Location").orElseThrow()).endsWith("/lacak/" + c.ticket() + "?dinilai");
        String thanked = browser.get(rated.headers().firstValue("Location").orElseThrow())
                .body();
        assertThat(thanked)
                .containsPattern("<p[^>]*id=\"rated-notice\"[^>]*role=\"status\"[^>]*>"
                        + "Terima kasih, penilaian Anda sudah kami terima.</p>");
        assertThat(browser.get("/lacak/" + c.ticket()).body()).doesNotContain("rated-notice");

        // Back, and the form sent again: the page says the case no longer waits for a rating
        var again = browser.post(
                "/lacak/" + c.ticket() + "/nilai", page, Map.of("kode", code, "nilai", "4", "komentar", "Sudah rata"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertHtmlPage(again);
        assertThat(again.body()).contains("id=\"rating-error\"", "Aduan ini tidak sedang menunggu penilaian");
        assertThat(ComplaintRows.value(jdbc, c.ticket(), "rating", Integer.class))
                .isEqualTo(4);

        // the API answers the same as before: problem details
        var api = cases.api().post("/api/complaints/" + c.ticket() + "/rating", """
                {"code":"%s","rating":4}""".formatted(code));
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRefusedAnswerShowsTheTrackingPageAgainWithTheReasonAndTheAnswerTyped() throws Exception {
        var c = cases.submit("JALAN_RUSAK");
        cases.triage(c, vars("triageDecision", "NEED_INFO", "infoQuestion", "Di ruas jalan mana tepatnya lubangnya?"));
        cases.awaitStatus(c, "MENUNGGU_INFO");
        String code = ComplaintRows.value(jdbc, c.ticket(), "confirmation_code", String.class);
        String page = "/lacak/" + c.ticket() + "?kode=" + code;
        Browser browser = new Browser();

        var empty = browser.post("/lacak/" + c.ticket() + "/info", page, Map.of("kode", code, "info", "   "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertHtmlPage(empty);
        assertThat(empty.body()).contains("id=\"answer-error\"", "Jawaban Anda masih kosong", "id=\"kirim-info\"");

        var wrongCode = browser.post(
                "/lacak/" + c.ticket() + "/info",
                page,
                Map.of("kode", "SALAH123", "info", "Jl. Udayana depan SDN 3 Mataram"));
        assertThat(wrongCode.statusCode()).isEqualTo(403);
        assertHtmlPage(wrongCode);
        assertThat(wrongCode.body())
                .contains("Kode jawaban tidak cocok")
                .containsPattern("<textarea[^>]*id=\"info\"[^>]*>Jl. Udayana depan SDN 3 Mataram</textarea>");
        assertThat(cases.status(c)).isEqualTo("MENUNGGU_INFO");

        var apiEmpty = cases.api().post("/api/complaints/" + c.ticket() + "/info", """
                {"code":"%s","text":"  "}""".formatted(code));
        assertThat(apiEmpty.status()).isEqualTo(400);
        assertThat(apiEmpty.contentType()).startsWith("application/problem+json");

        var sent = browser.post(
                "/lacak/" + c.ticket() + "/info",
                page,
                Map.of("kode", code, "info", "Jl. Udayana depan SDN 3 Mataram"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/lacak/" + c.ticket() + "?terkirim");
        assertThat(browser.get(sent.headers().firstValue("Location").orElseThrow())
                        .body())
                .containsPattern("<p[^>]*id=\"answer-sent-notice\"[^>]*role=\"status\"[^>]*>"
                        + "Jawaban Anda sudah terkirim ke petugas.</p>");

        var twice = browser.post(
                "/lacak/" + c.ticket() + "/info",
                page,
                Map.of("kode", code, "info", "Jl. Udayana depan SDN 3 Mataram"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertHtmlPage(twice);
        assertThat(twice.body()).contains("id=\"answer-error\"", "Aduan ini tidak sedang menunggu informasi tambahan");
    }

    private static void assertHtmlPage(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body())
                .contains("<html lang=\"id\"")
                .doesNotContain("\"type\":", "\"status\":", "Whitelabel", "Conflict", "Forbidden", "Bad Request");
    }

    /** A browser: its own cookies, the CSRF token taken from the page the form is on, redirects not followed. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : api.base() + path))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private String csrf;

        /** The token of the form as first loaded: a form sent again after Back carries the token it was shown with. */
        HttpResponse<String> post(String path, String formPage, Map<String, String> fields) throws Exception {
            if (csrf == null) {
                csrf = HtmlForms.hidden(get(formPage).body(), "_csrf");
            }
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(api.base() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
