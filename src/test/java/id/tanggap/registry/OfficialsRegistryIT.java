package id.tanggap.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The officials' registry with its history, and staff adding their own accounts to the inventory. */
class OfficialsRegistryIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private Api.Response put(String user, String path, String json) {
        return new Api(port).putAs(user, path, "application/json", json);
    }

    @Test
    void officialsAreRegisteredAndEveryChangeIsKept() throws Exception {
        Api api = new Api(port);
        String nip = "198809172012011001";
        String body = """
                {"name":"Lalu Irfan Hakim, S.T.","positionTitle":"Kepala Bidang Sumber Daya Air","echelon":"III","opdCode":"DPUPR",
                 "email":"kabid.sda.pupr@ntbprov.example","superiorNip":"196805121994031005"}""";
        assertThat(put("diskominfo", "/api/officials/" + nip, body).status()).isEqualTo(201);
        var moved = put(
                "diskominfo",
                "/api/officials/" + nip,
                body.replace("Kepala Bidang Sumber Daya Air", "Sekretaris Dinas PUPR"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("positionTitle").asText()).isEqualTo("Sekretaris Dinas PUPR");
        var history = api.get("/api/officials/" + nip + "/history", "diskominfo", "tanggap")
                .json();
        assertThat(history.findValuesAsText("note"))
                .hasSize(2)
                .last()
                .isEqualTo("jabatan: Kepala Bidang Sumber Daya Air -> Sekretaris Dinas PUPR");
        assertThat(history.findValuesAsText("actor")).containsOnly("diskominfo");
        assertThat(api.get("/api/officials?opd=DPUPR", "pupr", "tanggap").json().findValuesAsText("nip"))
                .contains(nip);

        var bad = put("diskominfo", "/api/officials/123", "{\"echelon\":\"V\",\"opdCode\":\"X\",\"email\":\"bukan\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("nip", "name", "positionTitle", "echelon", "opdCode", "email");
        assertThat(put("pupr", "/api/officials/" + nip, body).status()).isEqualTo(403);
    }

    @Test
    void staffAddTheirOwnAccountsToTheInventory() {
        Api api = new Api(port);
        String staffId = "THL-SELF-01";
        var imported = api.postAs(
                "diskominfo",
                "/api/inventory/import",
                "text/csv",
                "nip,nama,opd,jenis,facebook,instagram,x\n" + staffId + ",Wayan Sudirta,DLHK,THL,,,\n");
        assertThat(imported.status()).isEqualTo(200);
        var added = api.postAs(
                "dlhk",
                "/api/inventory/" + staffId + "/accounts",
                "application/json",
                "{\"platform\":\"instagram\",\"handle\":\"@wayan.sudirta\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json()).extracting(n -> n.asText()).containsExactly("INSTAGRAM wayan.sudirta");
        var again = api.postAs(
                "dlhk",
                "/api/inventory/" + staffId + "/accounts",
                "application/json",
                "{\"platform\":\"INSTAGRAM\",\"handle\":\"wayan.sudirta\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(api.postAs(
                                "pupr",
                                "/api/inventory/" + staffId + "/accounts",
                                "application/json",
                                "{\"platform\":\"X\",\"handle\":\"wayan\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.postAs(
                                "dlhk",
                                "/api/inventory/TIDAK-ADA-99/accounts",
                                "application/json",
                                "{\"platform\":\"X\",\"handle\":\"wayan\"}")
                        .status())
                .isEqualTo(404);
        var page = api.get("/inventaris/akun", "dlhk", "tanggap");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Daftarkan akun media sosial Anda", "name=\"staffId\"");
    }
}
