package id.tanggap.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
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

    private Api.Response upload(String user, String csv) {
        return new Api(port).postAs(user, "/api/inventory/import", "text/csv", csv);
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
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode rows = r.json().get("rows");
        assertThat(rows)
                .extracting(p -> p.get("row").asInt() + ":" + p.get("field").asText())
                .containsExactlyInAnyOrder("3:nip", "4:opd", "5:jenis", "5:instagram");
        assertThat(count("staff_member")).isEqualTo(staff);
        assertThat(count("staff_account")).isEqualTo(accounts);
    }

    @Test
    void theAccountFormRefusedKeepsWhatWasTypedAndThePlatformChosenAndSaysWhatIsWrongInIndonesian() {
        assertThat(upload(
                                "diskominfo",
                                "nip,nama,opd,jenis,facebook,instagram,x\nTHL-FORM-01,Budi Santoso,DLHK,THL,,,\n")
                        .status())
                .isEqualTo(200);
        var api = new Api(port);
        assertThat(api.get("/inventaris/akun", "diskominfo", "tanggap").body())
                .contains("value=\"TIKTOK\">TikTok</option>", "value=\"YOUTUBE\">YouTube</option>");
        int accounts = count("staff_account");

        var badHandle = api.postAs(
                "diskominfo",
                "/inventaris/akun",
                "application/x-www-form-urlencoded",
                "staffId=THL-FORM-01&platform=TIKTOK&handle=budi+santoso");
        assertThat(badHandle.status()).isEqualTo(400);
        assertThat(badHandle.body())
                .contains(
                        "class=\"errors\"",
                        "Nama akun: hanya huruf, angka, titik dan garis bawah",
                        "value=\"THL-FORM-01\"",
                        "value=\"budi santoso\"",
                        "value=\"TIKTOK\" selected=\"selected\">TikTok</option>")
                .doesNotContain("handle:", "tidak valid");

        var badPlatform = api.postAs(
                "diskominfo",
                "/inventaris/akun",
                "application/x-www-form-urlencoded",
                "staffId=THL-FORM-01&platform=MYSPACE&handle=budi.santoso");
        assertThat(badPlatform.status()).isEqualTo(400);
        assertThat(badPlatform.body())
                .contains(
                        "Platform: pilih salah satu: Facebook, Instagram, X, TikTok, YouTube", "value=\"budi.santoso\"")
                .doesNotContain("platform:", "harus salah satu dari");
        // nothing half-written
        assertThat(count("staff_account")).isEqualTo(accounts);
    }

    @Test
    void aGoodFileIsImportedAndAReimportReplacesThePersonsAccounts() throws Exception {
        String csv = "nip,nama,opd,jenis,facebook,instagram,x\r\n"
                + "198705052010012002,\"Hj. Rabiatul Adawiyah, S.Sos\",DINSOS,ASN,rabiatul.a,@rabiatul.a,rabiatul_a\r\n"
                + "THL-2026-77,Made Sukarta,DLHK,THL,,made.sukarta.dlhk,\r\n";
        var r = upload("diskominfo", csv);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "SELECT platform FROM staff_account WHERE staff_id = '198705052010012002' ORDER BY platform",
                        String.class))
                .containsExactly("FACEBOOK", "INSTAGRAM", "X");
        assertThat(jdbc.queryForObject("SELECT name FROM staff_member WHERE staff_id = 'THL-2026-77'", String.class))
                .startsWith("v2:");

        var again = upload(
                "diskominfo",
                "nip,nama,opd,jenis,facebook,instagram,x\n198705052010012002,Hj. Rabiatul Adawiyah,DINSOS,ASN,,,rabiatul_a\n");
        assertThat(again.status()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT platform FROM staff_account WHERE staff_id = '198705052010012002'", String.class))
                .containsExactly("X");
        assertThat(upload("pupr", csv).status()).isEqualTo(403);
    }

    @Test
    void theCurrentFormatCarriesAnEncryptedWorkEmailAndABadAddressIsNamed() {
        var bad = upload(
                "diskominfo",
                "nip,nama,opd,jenis,email,facebook,instagram,x\n" + "THL-2026-91,Lalu Hadi,DLHK,THL,lalu.hadi@,,,\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("rows"))
                .extracting(p -> p.get("row").asInt() + ":" + p.get("field").asText())
                .containsExactly("2:email");

        var ok = upload(
                "diskominfo",
                "nip,nama,opd,jenis,email,facebook,instagram,x\n"
                        + "THL-2026-91,Lalu Hadi,DLHK,THL,Lalu.Hadi@NTBPROV.example,,lalu.hadi.dlhk,\n");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        String stored =
                jdbc.queryForObject("SELECT email FROM staff_member WHERE staff_id = 'THL-2026-91'", String.class);
        assertThat(stored).startsWith("v2:").doesNotContain("lalu.hadi");
        assertThat(jdbc.queryForList("SELECT handle FROM staff_account WHERE staff_id = 'THL-2026-91'", String.class))
                .containsExactly("lalu.hadi.dlhk");
    }
}
