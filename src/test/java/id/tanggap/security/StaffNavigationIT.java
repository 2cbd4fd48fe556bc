package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.HtmlForms;
import id.tanggap.testsupport.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff find their pages and can leave: a login lands on the user's first staff page, the header of every page links
 * the pages their roles may open and has "Keluar"; residents see none of it.
 */
class StaffNavigationIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void opdStaffSeeTheirPagesAndKeluarButNoAdminPagesAndCanLogOut() throws Exception {
        Browser pupr = new Browser();
        var login = pupr.logIn("pupr");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(path(login)).isEqualTo("/kampanye");

        String page = pupr.get("/kampanye").body();
        String nav = nav(page);
        assertThat(nav)
                .contains(">Kampanye</a>", ">Call center</a>", ">Akun media sosial</a>", ">Keluar</button>")
                .doesNotContain("Kotak masuk", "Data induk", "Audit", "Hoaks", "Dasbor", "Laporan");
        // the same header on the residents' pages they open while logged in
        assertThat(nav(pupr.get("/aduan").body())).contains(">Keluar</button>");

        var logout = pupr.post("/logout", "_csrf=" + URLEncoder.encode(csrfOf(nav), StandardCharsets.UTF_8));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(path(logout)).isEqualTo("/login?logout");
        assertThat(pupr.get("/login?logout").body()).contains("Anda sudah keluar.");
        var after = pupr.get("/kampanye");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(path(after)).endsWith("/login");
        assertThat(pupr.get("/aduan").body()).doesNotContain("id=\"staff-nav\"", "Keluar");
    }

    @Test
    void diskominfoLandsInTheInboxAndSeesItsPages() throws Exception {
        Browser diskominfo = new Browser();
        var login = diskominfo.logIn("diskominfo");
        assertThat(path(login)).isEqualTo("/kotak-masuk");
        assertThat(nav(diskominfo.get("/kotak-masuk").body()))
                .contains(">Kotak masuk</a>", ">Dasbor</a>", ">Data induk</a>", ">Audit</a>", ">Hoaks</a>")
                .contains(">Keluar</button>");
    }

    @Test
    void everyLinkInTheHeaderOpensForTheUserItIsShownTo() throws Exception {
        // the header copies the controllers' roles: a link that answers 403 or sends back to the login page would
        // be a link the user cannot use
        Matcher href = Pattern.compile("<a href=\"([^\"]+)\"").matcher("");
        for (String user : new String[] {"pupr", "kadis-pupr", "sekda", "diskominfo", "admin"}) {
            Browser browser = new Browser();
            var login = browser.logIn(user);
            String landing = path(login);
            var home = browser.get(landing);
            assertThat(home.statusCode()).as(user + " lands on " + landing).isEqualTo(200);
            assertThat(home.body()).as(user + "'s header on " + landing).contains("id=\"staff-nav\"");
            href.reset(nav(home.body()));
            int links = 0;
            while (href.find()) {
                links++;
                assertThat(browser.get(href.group(1)).statusCode())
                        .as(user + " opens " + href.group(1))
                        .isEqualTo(200);
            }
            assertThat(links).as(user + "'s links").isPositive();
        }
    }

    @Test
    void residentsSeeNoStaffLinks() throws Exception {
        Browser resident = new Browser();
        for (String path : new String[] {"/aduan", "/direktori", "/login", "/lacak/ADU-1999-000001"}) {
            assertThat(resident.get(path).body())
                    .as(path)
                    .contains("<header class=\"bar\">")
                    .doesNotContain("id=\"staff-nav\"", "Keluar", "/kotak-masuk", "/data-induk");
        }
    }

    private static String nav(String page) {
        Matcher m = Pattern.compile("<nav[^>]*id=\"staff-nav\".*?</nav>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("the staff links in the header").isTrue();
        return m.group();
    }

    private static String csrfOf(String html) {
        return HtmlForms.hidden(html, "_csrf");
    }

    private static String path(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    /** A browser: its own cookies, redirects not followed. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String base = new Api(port).base();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> logIn(String user) throws Exception {
            String csrf = csrfOf(get("/login").body());
            return post(
                    "/login",
                    "username=" + user + "&password=tanggap&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        }
    }
}
