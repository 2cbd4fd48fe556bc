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

/** complaint-routing.dmn evaluated by the real engine: category to OPD, Tasklist group and official. */
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
        "JALAN_RUSAK,       DPUPR,         opd-dpupr,         197203151998031004",
        "BANJIR,            BPBD,          opd-bpbd,          197508212000121002",
        "SAMPAH,            DLHK,          opd-dlhk,          197811042003122003",
        "POHON,             DLHK,          opd-dlhk,          197811042003122003",
        "KEMACETAN,         DISHUB,        opd-dishub,        198002172005011005",
        "KESEHATAN,         DIKES,         opd-dikes,         197906302006042008",
        "PENDIDIKAN,        DIKBUD,        opd-dikbud,        198104122006041011",
        "BANTUAN_SOSIAL,    DINSOS,        opd-dinsos,        197702252002122006",
        "PERILAKU_APARATUR, INSPEKTORAT,   opd-inspektorat,   197412081999031007",
        "INFORMASI_PUBLIK,  DISKOMINFOTIK, opd-diskominfotik, 198306092009011003",
        "LAINNYA,           DISKOMINFOTIK, opd-diskominfotik, 198306092009011003",
        "KATEGORI_BARU,     DISKOMINFOTIK, opd-diskominfotik, 198306092009011003"
    })
    void routesEachCategory(String category, String opd, String group, String nip) throws Exception {
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
                .containsEntry("candidateGroup", group)
                .containsEntry("officialNip", nip);
    }
}
