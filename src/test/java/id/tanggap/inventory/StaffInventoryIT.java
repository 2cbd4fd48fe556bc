package id.tanggap.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ASN/THL inventory import: a report per row, all or nothing, names encrypted. */
class StaffInventoryIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> upload(String user, String csv) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/inventory/import"))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":tanggap").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void aFileWithAnyBadRowChangesNothingAndNamesEveryProblem() throws Exception {
        int staff = count("staff_member");
        int accounts = count("staff_account");
        String csv = """
                nip,nama,opd,jenis,facebook,instagram,x
                199001012015031001,Lalu Wira Pratama,DPUPR,ASN,lalu.wira,lalu.wira,
                12345,Ni Made Ayu,DLHK,ASN,,made.ayu,
                THL-000123,"Ahmad, S.Kom",TIDAK_ADA,THL,,,ahmadskom
                THL-000124,Baiq Sari,DINSOS,PNS,,lalu.wira,
                """;
        var r = upload("diskominfo", csv);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode rows = new ObjectMapper().readTree(r.body()).get("rows");
        assertThat(rows).extracting(p -> p.get("row").asInt() + ":" + p.get("field").asText())
                .containsExactlyInAnyOrder("3:nip", "4:opd", "5:jenis", "5:instagram");
        assertThat(count("staff_member")).isEqualTo(staff);
        assertThat(count("staff_account")).isEqualTo(accounts);
    }

    @Test
    void aGoodFileIsImportedAndAReimportReplacesThePersonsAccounts() throws Exception {
        String csv = "nip,nama,opd,jenis,facebook,instagram,x\r\n"
                + "198705052010012002,\"Hj. Rabiatul Adawiyah, S.Sos\",DINSOS,ASN,rabiatul.a,@rabiatul.a,rabiatul_a\r\n"
                + "THL-2026-77,Made Sukarta,DLHK,THL,,made.sukarta.dlhk,\r\n";
        var r = upload("diskominfo", csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(r.body()).get("imported").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT platform FROM staff_account WHERE staff_id = '198705052010012002' ORDER BY platform", String.class))
                .containsExactly("FACEBOOK", "INSTAGRAM", "X");
        assertThat(jdbc.queryForObject("SELECT name FROM staff_member WHERE staff_id = 'THL-2026-77'", String.class)).startsWith("v1:");

        var again = upload("diskominfo", "nip,nama,opd,jenis,facebook,instagram,x\n198705052010012002,Hj. Rabiatul Adawiyah,DINSOS,ASN,,,rabiatul_a\n");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT platform FROM staff_account WHERE staff_id = '198705052010012002'", String.class)).containsExactly("X");
        assertThat(upload("pupr", csv).statusCode()).isEqualTo(403);
    }
}
