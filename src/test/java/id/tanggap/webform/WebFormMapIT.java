package id.tanggap.webform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The place of a complaint in real headless Chromium with the browser set to English: a tap on the map (Leaflet, served
 * by the app) fills latitude and longitude with a decimal comma; with the tile server blocked the map gives way to the
 * address field with an Indonesian hint; the geolocation button fills them too; the tracking page's dates stay
 * Indonesian ("3 Desember 2026 pukul 07.44 WITA"). The Content-Security-Policy allows images from the tile host only.
 */
class WebFormMapIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aTapOnTheMapOrTheBrowsersLocationFillsTheCoordinatesAndWithoutTilesTheAddressFieldRemains() throws Exception {
        Api api = new Api(port);
        var filed = api.postWeb(
                Api.complaint("WEB", null, "JALAN_RUSAK", "Baiq Rahmi", false),
                UUID.randomUUID().toString());
        String ticket = filed.json().get("ticket").asText();

        NodeTool.Result run = NodeTool.run(
                "e2e-web-map.mjs",
                api.base(),
                ticket,
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode r = new ObjectMapper()
                .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());

        assertThat(r.get("mapShown").asBoolean()).isTrue();
        // NTB lies around 8-9° south, 115-119° east; the tap lands near the map's centre, written with a comma
        assertThat(r.at("/tapped/lat").asText()).matches("-[89],\\d{6}");
        assertThat(r.at("/tapped/lon").asText()).matches("11[5-9],\\d{6}");
        assertThat(r.at("/tapped/status").asText()).isEqualTo("Titik lokasi dipilih di peta.");
        assertThat(r.get("marker").asInt()).isEqualTo(1);

        assertThat(r.at("/blocked/mapShown").asBoolean()).isFalse();
        assertThat(r.at("/blocked/address").asBoolean()).isTrue();
        assertThat(r.at("/blocked/status").asText()).startsWith("Peta tidak dapat dimuat. Tulis alamat");

        assertThat(r.at("/located/lat").asText()).isEqualTo("-8,583300");
        assertThat(r.at("/located/lon").asText()).isEqualTo("116,116700");

        assertThat(r.get("receivedAt").asText())
                .matches(
                        "\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)"
                                + " \\d{4} pukul \\d{2}\\.\\d{2} WITA");
        assertThat(r.get("htmlLang").asText()).isEqualTo("id");
    }

    @Test
    void theContentSecurityPolicyAllowsImagesFromTheConfiguredTileHostOnly() {
        var page = new Api(port).get("/aduan");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-tile-url=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"");
        String csp = java.net.http.HttpClient.newHttpClient()
                .sendAsync(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(new Api(port).base() + "/aduan"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding())
                .join()
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(csp)
                .contains("img-src 'self' data: https://tile.openstreetmap.org;")
                .contains("script-src 'self';");
    }
}
