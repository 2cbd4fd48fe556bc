package id.tanggap.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 20, finding 10: a handle another person owns (in any letter case) is a row problem, never a 500 or a half-written import. */
class StaffHandlesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api.Response upload(String csv) {
        return new Api(port).postAs("diskominfo", "/api/inventory/import", "text/csv", csv);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void aHandleOwnedBySomeoneElseIsRefusedPerRowWhateverItsCase() {
        assertThat(upload(
                                "nip,nama,opd,jenis,email,facebook,instagram,x\nTHL-HANDLE-01,Lalu Wira,DPUPR,THL,,,Lalu.Wira.Dpupr,\n")
                        .status())
                .isEqualTo(200);
        int staff = count("staff_member");
        int accounts = count("staff_account");

        var taken = upload("nip,nama,opd,jenis,email,facebook,instagram,x\n"
                + "THL-HANDLE-02,Baiq Nurul,DINSOS,THL,,baiq.nurul,,\n"
                + "THL-HANDLE-03,Made Sukra,DLHK,THL,,,@LALU.WIRA.DPUPR,\n");
        assertThat(taken.status()).as(taken.body()).isEqualTo(400);
        assertThat(taken.json().get("rows"))
                .extracting(p -> p.get("row").asInt() + ":" + p.get("field").asText() + ":"
                        + p.get("message").asText())
                .containsExactly("3:instagram:akun ini sudah terdaftar atas nama pegawai lain");
        // nothing half-written: not even the good row's person
        assertThat(count("staff_member")).isEqualTo(staff);
        assertThat(count("staff_account")).isEqualTo(accounts);
        assertThat(jdbc.queryForList(
                        "SELECT staff_id FROM staff_account WHERE handle_key = 'lalu.wira.dpupr'", String.class))
                .containsExactly("THL-HANDLE-01");

        // self-service: the same handle in another case for another person is a 400, not a 500
        var added = new Api(port)
                .postAs(
                        "diskominfo",
                        "/api/inventory/THL-HANDLE-03/accounts",
                        "application/json",
                        "{\"platform\":\"INSTAGRAM\",\"handle\":\"LALU.wira.DPUPR\"}");
        assertThat(added.status()).isEqualTo(404); // THL-HANDLE-03 was never imported
        assertThat(upload("nip,nama,opd,jenis,email,facebook,instagram,x\nTHL-HANDLE-03,Made Sukra,DLHK,THL,,,,\n")
                        .status())
                .isEqualTo(200);
        var again = new Api(port)
                .postAs(
                        "diskominfo",
                        "/api/inventory/THL-HANDLE-03/accounts",
                        "application/json",
                        "{\"platform\":\"INSTAGRAM\",\"handle\":\"LALU.wira.DPUPR\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").findValuesAsText("message")).contains("akun ini sudah terdaftar");
    }

    @Test
    void aHandleMayMoveBetweenPeopleListedInTheSameFile() {
        assertThat(upload(
                                "nip,nama,opd,jenis,email,facebook,instagram,x\nTHL-HANDLE-11,Ni Kadek,DLHK,THL,,,humas.dlhk.ntb,\n")
                        .status())
                .isEqualTo(200);
        var moved = upload("nip,nama,opd,jenis,email,facebook,instagram,x\n"
                + "THL-HANDLE-12,Ni Luh,DLHK,THL,,,Humas.DLHK.ntb,\n"
                + "THL-HANDLE-11,Ni Kadek,DLHK,THL,,,,\n");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT staff_id FROM staff_account WHERE handle_key = 'humas.dlhk.ntb'", String.class))
                .containsExactly("THL-HANDLE-12");
    }
}
