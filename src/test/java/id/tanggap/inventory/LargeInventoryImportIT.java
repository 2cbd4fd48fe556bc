package id.tanggap.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A province-sized inventory file (10,001 rows) is taken whole or not at all: one bad row at the very
 * end changes nothing and is named; the corrected file stores every row. How fast it goes is measured
 * by script/bench, not here.
 */
class LargeInventoryImportIT extends IntegrationTest {

    private static final int ROWS = 10_001;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static String inventory(String lastOpd) {
        StringBuilder csv = new StringBuilder("nip,nama,opd,jenis,email,facebook,instagram,x\n");
        for (int i = 1; i <= ROWS; i++) {
            String opd = i == ROWS ? lastOpd : (i % 2 == 0 ? "DPUPR" : "DLHK");
            csv.append("THL-BESAR-%05d,Pegawai Ke-%d,%s,THL,pegawai%d@ntbprov.example,,pegawai.besar.%d,\n"
                    .formatted(i, i, opd, i, i));
        }
        return csv.toString();
    }

    private int stored() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM staff_member WHERE staff_id LIKE 'THL-BESAR-%'", Integer.class);
    }

    @Test
    void aTenThousandAndOneRowFileIsAllOrNothing() {
        Api api = new Api(port);

        var rejected = api.postAs("diskominfo", "/api/inventory/import", "text/csv", inventory("TIDAK_ADA"));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("rows"))
                .extracting(p -> p.get("row").asInt() + ":" + p.get("field").asText())
                .containsExactly((ROWS + 1) + ":opd");
        assertThat(stored()).isZero();

        var imported = api.postAs("diskominfo", "/api/inventory/import", "text/csv", inventory("DLHK"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(ROWS);
        assertThat(stored()).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM staff_account a JOIN staff_member m ON m.staff_id = a.staff_id"
                                + " WHERE m.staff_id LIKE 'THL-BESAR-%' AND a.platform = 'INSTAGRAM'",
                        Integer.class))
                .isEqualTo(ROWS);
        assertThat(jdbc.queryForObject(
                        "SELECT name FROM staff_member WHERE staff_id = 'THL-BESAR-10001'", String.class))
                .isNotBlank()
                .doesNotContain("Pegawai");
    }
}
