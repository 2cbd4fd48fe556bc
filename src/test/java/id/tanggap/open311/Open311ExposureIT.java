package id.tanggap.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.ComplaintRows;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 20, finding 7: the public Open311 lists neither expose confidential reporters' places nor anybody's free text. */
class Open311ExposureIT extends CaseScenarioTest {

    @Test
    void theBulkListLeavesOutConfidentialCasesAndTracksThemOnlyBlurred() {
        String json = Api.complaint(
                        "WEB",
                        "conf-" + UUID.randomUUID(),
                        "JALAN_RUSAK",
                        "Dewi Lestari",
                        "0812-1111-2222",
                        false,
                        -8.583456,
                        116.116789,
                        null)
                .replace("\"anonymous\":false", "\"anonymous\":false,\"confidential\":true");
        var confidential = cases.submitJson(json);
        var plain = cases.submit("JALAN_RUSAK");

        JsonNode list = api.get("/open311/v2/requests.json").json();
        assertThat(list.findValuesAsText("service_request_id"))
                .contains(plain.ticket())
                .doesNotContain(confidential.ticket());
        assertThat(api.get("/open311/v2/requests.json?service_code=JALAN_RUSAK&status=open")
                        .json()
                        .findValuesAsText("service_request_id"))
                .doesNotContain(confidential.ticket());

        // the ticket holder may track it, but the place is only given to about 1 km
        JsonNode tracked = api.get("/open311/v2/requests/" + confidential.ticket() + ".json")
                .json()
                .get(0);
        assertThat(tracked.get("lat").asDouble()).isEqualTo(-8.58);
        assertThat(tracked.get("long").asDouble()).isEqualTo(116.12);
        JsonNode byId = api.get("/open311/v2/requests.json?service_request_id=" + confidential.ticket())
                .json()
                .get(0);
        assertThat(byId.get("lat").asDouble()).isEqualTo(-8.58);
    }

    @Test
    void noFreeTextOfStaffOrCitizensGoesIntoPublicAnswers() {
        var c = cases.submit("JALAN_RUSAK");
        cases.triageValid(c, "JALAN_RUSAK");
        String reply = "Bapak Zaini, tim kami akan menambal lubang itu besok pagi; hubungi 0811-222-333 bila perlu.";
        cases.respond(c, reply);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> ComplaintRows.value(jdbc, c.ticket(), "response_text", String.class) != null);

        String list = api.get("/open311/v2/requests.json").body();
        String one = api.get("/open311/v2/requests/" + c.ticket() + ".json").body();
        for (String body : new String[] {list, one}) {
            assertThat(body)
                    .contains(c.ticket())
                    .doesNotContain(
                            "menambal",
                            "0811-222-333",
                            "Pasar Kebon Roek",
                            "Zaini",
                            "0812-3456-7890",
                            "service_notice",
                            "\"description\"");
        }
    }

    @Test
    void errorsAreGeoReportErrorArraysWithTheirStatus() {
        var unknown = api.get("/open311/v2/requests/TIDAK-ADA-1.json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().isArray()).isTrue();
        assertThat(unknown.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("description").asText()).contains("TIDAK-ADA-1");

        var badStatus = api.get("/open311/v2/requests.json?status=semua");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get(0).get("code").asInt()).isEqualTo(400);
        assertThat(badStatus.json().get(0).get("description").asText()).startsWith("status:");

        var badService = api.get("/open311/v2/services/TIDAK_ADA.json");
        assertThat(badService.status()).isEqualTo(404);
        assertThat(badService.json().get(0).get("code").asInt()).isEqualTo(404);
    }
}
