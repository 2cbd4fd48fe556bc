package id.tanggap.routing;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.InMemoryZeebe;
import id.tanggap.testsupport.NodeTool;
import io.camunda.zeebe.client.ZeebeClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * complaint-routing.dmn evaluated by the real engine: category to OPD and the position in it; no NIP or group is
 * written in the model (who holds the position is the officials register's answer, PositionRoutingIT).
 */
class ComplaintRoutingDecisionTest {

    private static ZeebeClient client;

    @BeforeAll
    static void deploy() {
        client = InMemoryZeebe.get().engine().createClient();
        client.newDeployResourceCommand()
                .addResourceFile(
                        NodeTool.repoDir().resolve("bpmn/complaint-routing.dmn").toString())
                .send()
                .join();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "JALAN_RUSAK,       DPUPR,         KABID_BINA_MARGA",
        "BANJIR,            BPBD,          KABID_KEDARURATAN_LOGISTIK",
        "SAMPAH,            DLHK,          KABID_PENGELOLAAN_SAMPAH",
        "POHON,             DLHK,          KABID_PENGELOLAAN_SAMPAH",
        "KEMACETAN,         DISHUB,        KABID_LALU_LINTAS_JALAN",
        "KESEHATAN,         DIKES,         KABID_PELAYANAN_KESEHATAN",
        "PENDIDIKAN,        DIKBUD,        KABID_PEMBINAAN_SMA",
        "BANTUAN_SOSIAL,    DINSOS,        KABID_PERLINDUNGAN_JAMINAN_SOSIAL",
        "PERILAKU_APARATUR, INSPEKTORAT,   IRBAN_WILAYAH_I",
        "INFORMASI_PUBLIK,  DISKOMINFOTIK, KABID_IKP",
        "LAINNYA,           DISKOMINFOTIK, KABID_IKP",
        "KATEGORI_BARU,     DISKOMINFOTIK, KABID_IKP"
    })
    void routesEachCategory(String category, String opd, String position) throws Exception {
        var result = client.newEvaluateDecisionCommand()
                .decisionId("complaint-routing")
                .variables(Map.of("category", category))
                .send()
                .join();
        @SuppressWarnings("unchecked")
        Map<String, Object> output =
                new com.fasterxml.jackson.databind.ObjectMapper().readValue(result.getDecisionOutput(), Map.class);
        assertThat(output)
                .containsEntry("opdCode", opd)
                .containsEntry("position", position)
                .doesNotContainKeys("officialNip", "headNip", "candidateGroup");
    }
}
