package id.tanggap.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.PersonalDataCipher;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The campaign pages as staff read them: verdicts in Indonesian words, not the decision tables' codes in capitals
 * (the code stays as the cell's tooltip), and a sentence instead of a table with only its headers where there is
 * nothing to show yet.
 */
class CampaignPagesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    ThymeleafViewResolver thymeleafViewResolver;

    @Autowired
    WebApplicationContext context;

    @Test
    void verdictsAndPlatformsAreShownInIndonesianWordsWithTheCodeAsTooltip() throws Exception {
        long id = campaign("DIEVALUASI", "TIDAK TERCAPAI");
        jdbc.update(
                "INSERT INTO campaign_opd_result (campaign_id, opd_code, targeted, participated, shares, participation_rate, verdict)"
                        + " VALUES (?, 'DPUPR', 2, 1, 1, 50.0, 'SEBAGIAN')",
                id);
        String staff = "THL-UJI-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        jdbc.update(
                "INSERT INTO staff_member (staff_id, name, opd_code, kind, updated_at) VALUES (?, ?, 'DPUPR', 'THL', ?)",
                staff,
                cipher.encrypt("Lalu Uji Kampanye"),
                Timestamp.from(Instant.now()));
        jdbc.update(
                "INSERT INTO campaign_participant (campaign_id, staff_id, opd_code, shares, verdict) VALUES (?, ?, 'DPUPR', 0, 'TIDAK BERBAGI')",
                id,
                staff);

        jdbc.update(
                "INSERT INTO campaign_share (campaign_id, staff_id, platform, post_id, post_url, source, posted_at, recorded_at)"
                        + " VALUES (?, ?, 'FACEBOOK', ?, ?, 'DETECTED', ?, ?)",
                id,
                staff,
                "post-" + staff,
                "https://www.facebook.com/pemprovntb/posts/" + staff,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));

        String detail = get("/kampanye/" + id);
        // the platform as people call it, too
        assertThat(detail).contains("title=\"FACEBOOK\">Facebook</span>").doesNotContain(">FACEBOOK<");
        assertThat(detail)
                .containsPattern("id=\"verdict\"[^>]*>Tidak tercapai</dd>")
                .containsPattern("<td[^>]* title=\"SEBAGIAN\"[^>]*>Sebagian tercapai</td>")
                .containsPattern("<td[^>]* title=\"TIDAK BERBAGI\"[^>]*>Tidak membagikan</td>")
                .doesNotContain(">TIDAK TERCAPAI<", ">SEBAGIAN<", ">TIDAK BERBAGI<");
        String list = get("/kampanye");
        assertThat(list).containsPattern("data-id=\"" + id + "\"(?s).*?>Tidak tercapai</td>");
    }

    @Test
    void aNewCampaignSaysThatNobodyIsTargetedAndNothingSharedYetInsteadOfEmptyTables() throws Exception {
        long id = campaign("DIJADWALKAN", null);
        String detail = get("/kampanye/" + id);
        assertThat(detail)
                .contains("id=\"no-participants\"", "Belum ada pegawai sasaran")
                .contains("id=\"no-results\"", "Undangan belum dikirim")
                .contains("id=\"no-shares\"", "Belum ada unggahan yang terhitung")
                .doesNotContain("id=\"participants\"", "id=\"shares\"");
    }

    @Test
    void aRunningOrEvaluatedCampaignWithoutTargetedStaffDoesNotPromiseInvitations() throws Exception {
        for (String status : List.of("BERJALAN", "DIEVALUASI")) {
            String detail = get("/kampanye/" + campaign(status, null));
            assertThat(detail)
                    .as(status)
                    .containsPattern("id=\"no-participants\"[^>]*>Kampanye ini tidak menyasar pegawai.</p>")
                    .containsPattern("id=\"no-results\"[^>]*>Belum ada hasil per OPD.</p>")
                    .doesNotContain(
                            "undangan dikirim ketika kampanye dimulai",
                            "Undangan belum dikirim",
                            "id=\"participants\"");
        }
    }

    @Test
    void theListWithoutAnyCampaignSaysSoInsteadOfAnEmptyTable() throws Exception {
        // rendered through the application's own view resolver: the shared test database always holds campaigns
        View view = thymeleafViewResolver.resolveViewName("campaign/list", Locale.forLanguageTag("id"));
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/kampanye");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.render(
                Map.of(
                        "campaigns", List.of(),
                        "opds", List.of(),
                        "canCreate", false,
                        "zone", ZoneId.of("Asia/Makassar")),
                request,
                response);
        assertThat(response.getContentAsString())
                .contains("id=\"no-campaigns\"", "Belum ada kampanye")
                .doesNotContain("id=\"campaigns\"");
    }

    private long campaign(String status, String verdict) {
        // far ahead, so that the list (latest by start) shows it whatever other tests created
        Instant start = Instant.now()
                .truncatedTo(ChronoUnit.SECONDS)
                .plus(3000 + ThreadLocalRandom.current().nextInt(1000), ChronoUnit.DAYS);
        String url = "https://ntbprov.go.id/uji-kampanye-"
                + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        jdbc.update(
                "INSERT INTO campaign (programme, content_url, target_all, window_start, window_end, expected_participation,"
                        + " status, created_by, created_at, published_at, verdict)"
                        + " VALUES (?, ?, true, ?, ?, 50, ?, 'diskominfo', ?, ?, ?)",
                "Program Uji Halaman Kampanye",
                url,
                Timestamp.from(start),
                Timestamp.from(start.plus(7, ChronoUnit.DAYS)),
                status,
                Timestamp.from(Instant.now()),
                // as if its process had been started already: the starter leaves it alone
                Timestamp.from(Instant.now()),
                verdict);
        return jdbc.queryForObject("SELECT id FROM campaign WHERE content_url = ?", Long.class, url);
    }

    private String get(String path) {
        var response = new Api(port).getAs("diskominfo", path, Map.of("Accept", "text/html"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
