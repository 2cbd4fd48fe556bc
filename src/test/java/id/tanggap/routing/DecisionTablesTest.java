package id.tanggap.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.InMemoryZeebe;
import id.tanggap.testsupport.NodeTool;
import io.camunda.zeebe.client.ZeebeClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** complaint-classification, complaint-routing's special rules, sla-policy, escalation-ladder and the campaign evaluations, evaluated by the engine. */
class DecisionTablesTest {

    private static ZeebeClient client;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void deploy() {
        client = InMemoryZeebe.get().engine().createClient();
        var deploy = client.newDeployResourceCommand()
                .addResourceFile(NodeTool.repoDir()
                        .resolve("bpmn/complaint-classification.dmn")
                        .toString());
        for (String f : List.of(
                "complaint-routing.dmn",
                "sla-policy.dmn",
                "escalation-ladder.dmn",
                "compliance-rules.dmn",
                "campaign-opd-evaluation.dmn",
                "campaign-participant-evaluation.dmn")) {
            deploy = deploy.addResourceFile(
                    NodeTool.repoDir().resolve("bpmn/" + f).toString());
        }
        deploy.send().join();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    static Object evaluate(String decision, Map<String, Object> variables) throws Exception {
        return JSON.readValue(
                client.newEvaluateDecisionCommand()
                        .decisionId(decision)
                        .variables(variables)
                        .send()
                        .join()
                        .getDecisionOutput(),
                Object.class);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "BANJIR            | Air masuk rumah warga setinggi lutut       | URGENT    | FIELD_CHECK",
                "SAMPAH            | Ada kebakaran di tumpukan sampah pasar     | URGENT    | FIELD_CHECK",
                "JALAN_RUSAK       | Jalan berlubang di depan sekolah          | IMPORTANT | FIELD_CHECK",
                "KESEHATAN         | Antrean puskesmas terlalu lama            | IMPORTANT | NO_FIELD_CHECK",
                "INFORMASI_PUBLIK  | Kapan pendaftaran beasiswa dibuka?        | NORMAL    | INFORMATION",
                "PENDIDIKAN        | Sekolah memungut biaya seragam            | NORMAL    | NO_FIELD_CHECK",
                "SAMPAH            | Sampah tidak diangkut tiga hari           | NORMAL    | SIMPLE"
            })
    void classifiesUrgencyAndType(String category, String text, String urgency, String type) throws Exception {
        assertThat(evaluate("complaint-classification", Map.of("category", category, "complaintText", text)))
                .isEqualTo(Map.of("urgency", urgency, "complaintType", type));
    }

    @Test
    void routingSendsComplaintsAboutOwnOfficialsToTheInspectorateAndFollowsDiskominfosAssignment() throws Exception {
        Map<String, Object> own = new HashMap<>(Map.of("category", "JALAN_RUSAK", "aboutOwnOfficial", true));
        own.put("assignedOpd", null);
        assertThat(evaluate("complaint-routing", own))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("opdCode", "INSPEKTORAT")
                .containsEntry("position", "IRBAN_WILAYAH_I");
        assertThat(evaluate(
                        "complaint-routing",
                        Map.of("category", "JALAN_RUSAK", "aboutOwnOfficial", false, "assignedOpd", "DISHUB")))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("opdCode", "DISHUB")
                .containsEntry("position", "KABID_LALU_LINTAS_JALAN");
        // an OPD no rule names (added to the register since) is followed too, answered for by its head
        assertThat(evaluate(
                        "complaint-routing",
                        Map.of("category", "JALAN_RUSAK", "aboutOwnOfficial", false, "assignedOpd", "BAPPEDA")))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("opdCode", "BAPPEDA")
                .containsEntry("position", "KEPALA");
        Map<String, Object> byCategory = new HashMap<>(Map.of("category", "SAMPAH", "aboutOwnOfficial", false));
        byCategory.put("assignedOpd", null);
        assertThat(evaluate("complaint-routing", byCategory))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("opdCode", "DLHK")
                .containsEntry("position", "KABID_PENGELOLAAN_SAMPAH");
    }

    @ParameterizedTest(name = "{0} {1} -> {2} / {3}")
    @CsvSource({
        "URGENT,    SIMPLE,         PT1H,  P5D",
        "URGENT,    FIELD_CHECK,    PT1H,  P60D",
        "IMPORTANT, NO_FIELD_CHECK, PT24H, P14D",
        "IMPORTANT, INFORMATION,    PT24H, P5D",
        "NORMAL,    FIELD_CHECK,    PT48H, P60D",
        "NORMAL,    SIMPLE,         PT48H, P5D",
        "NORMAL,    INFORMATION,    PT48H, P5D"
    })
    void serviceLevelsFollowNtbCareAndPermenPanRb(String urgency, String type, String firstResponse, String resolution)
            throws Exception {
        assertThat(evaluate("sla-policy", Map.of("urgency", urgency, "complaintType", type)))
                .isEqualTo(Map.of(
                        "firstResponseLimit",
                        firstResponse,
                        "resolutionLimit",
                        resolution,
                        "coordinationLimit",
                        "P3D",
                        "autoCloseLimit",
                        "P10D"));
    }

    @ParameterizedTest(name = "last post {0} days ago, {1} overdue, {2} platforms missing -> compliant {6}")
    @CsvSource({
        "1,   0, 0, true,  true,  true,  true",
        "7,   0, 0, true,  true,  true,  true",
        "8,   0, 0, false, true,  true,  false",
        ",    0, 0, false, true,  true,  false",
        "2,   1, 0, true,  false, true,  false",
        "2,   0, 1, true,  true,  false, false"
    })
    void complianceRulesFollowPointsOneAndFive(
            Integer days,
            int overdue,
            int missing,
            boolean active,
            boolean responsive,
            boolean complete,
            boolean compliant)
            throws Exception {
        Map<String, Object> in = new HashMap<>(Map.of("unansweredOverdue", overdue, "missingPlatforms", missing));
        in.put("daysSinceLastPost", days);
        assertThat(evaluate("compliance-rules", in))
                .isEqualTo(Map.of(
                        "active", active, "responsive", responsive, "complete", complete, "compliant", compliant));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEscalationLadderClimbsFasterForUrgentComplaints() throws Exception {
        List<Map<String, Object>> normal =
                (List<Map<String, Object>>) evaluate("escalation-ladder", Map.of("urgency", "NORMAL"));
        assertThat(normal)
                .extracting(
                        m -> m.get("kind") + "/" + m.get("level") + "/" + m.get("after") + "/" + m.get("recipients"))
                .containsExactly(
                        "FIRST_RESPONSE/1/PT0S/OFFICIAL,HEAD",
                        "FIRST_RESPONSE/2/PT24H/SEKDA",
                        "FIRST_RESPONSE/3/PT48H/GOVERNOR_OFFICE,DISKOMINFO_HEAD",
                        "RESOLUTION/1/PT0S/OFFICIAL,HEAD",
                        "RESOLUTION/2/PT24H/SEKDA",
                        "RESOLUTION/3/PT48H/GOVERNOR_OFFICE,DISKOMINFO_HEAD");
        List<Map<String, Object>> urgent =
                (List<Map<String, Object>>) evaluate("escalation-ladder", Map.of("urgency", "URGENT"));
        assertThat(urgent)
                .extracting(m -> m.get("level") + "/" + m.get("after"))
                .containsExactly("1/PT0S", "2/PT2H", "3/PT4H", "1/PT0S", "2/PT24H", "3/PT48H");
    }

    @ParameterizedTest(name = "{0} targeted, {1}% against {2}% -> {3}")
    @CsvSource({
        "10, 50.0, 50, TERCAPAI",
        "10, 80.0, 50, TERCAPAI",
        "10, 49.9, 50, SEBAGIAN",
        "10, 25.0, 50, SEBAGIAN",
        "10, 24.9, 50, TIDAK TERCAPAI",
        "10,  0.0, 50, TIDAK TERCAPAI",
        " 0,  0.0, 50, TANPA SASARAN"
    })
    void anOpdsParticipationIsJudgedAgainstTheExpectedShare(int targeted, double rate, int expected, String verdict)
            throws Exception {
        assertThat(evaluate(
                        "campaign-opd-evaluation",
                        Map.of("targeted", targeted, "participationRate", rate, "expectedParticipation", expected)))
                .isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} shares, before reminder {1} -> {2}")
    @CsvSource({"0, false, TIDAK BERBAGI", "1, true, AKTIF", "3, true, AKTIF", "1, false, SETELAH PENGINGAT"})
    void aPersonIsJudgedByTheirSharesAndTheReminder(int shares, boolean beforeReminder, String verdict)
            throws Exception {
        assertThat(evaluate(
                        "campaign-participant-evaluation",
                        Map.of("shares", shares, "sharedBeforeReminder", beforeReminder)))
                .isEqualTo(verdict);
    }
}
