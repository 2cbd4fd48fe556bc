package id.tanggap.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade does not strand the cases already running. Session 10 moved three jobs of complaint-handling into
 * others (the triage deadline into registerComplaint, the two triage option lists into loadTriageOptions, the
 * position holder and the response deadlines into recordDisposition). Instances started on the model before that
 * keep running it: here a case starts on that model (src/test/resources/models, the file as it was deployed), runs its
 * steps with today's workers (computeDeadlines, loadForwardTargetOptions, resolvePositionHolder and a
 * recordDisposition without limits) and reaches the responsible official with the deadlines the old steps computed.
 */
class EarlierModelVersionIT extends ModelChangeTestBase {

    @Test
    void aCaseStartedOnTheModelBeforeSession10ReachesItsOfficialWithItsDeadlines(@TempDir Path dir) throws Exception {
        Path earlier = dir.resolve("complaint-handling.bpmn");
        Files.copy(NodeTool.repoDir().resolve("src/test/resources/models/complaint-handling-session9.bpmn"), earlier);
        DeployModels.deploy(client, List.of(earlier));

        var c = cases.submit("JALAN_RUSAK");
        cases.task(c, "Task_TriageComplaint");
        awaitCompleted(c, "Task_RegisterComplaint", "Task_ComputeTriageDeadline");
        assertThat(cases.variable(c, "triageDueDate"))
                .as("the old step's triage deadline")
                .isNotNull();
        assertThat(inAnyScope(c, "forwardTargetOptions"))
                .as("the old second listener's options")
                .contains("LAPOR");
        assertThat(inAnyScope(c, "opdOptions")).contains("DPUPR");

        cases.triageValid(c, "JALAN_RUSAK");
        cases.task(c, "Task_RespondToComplaint");
        awaitCompleted(c, "Task_ComputeDeadlines", "Task_RecordDisposition");
        assertThat(cases.variable(c, "officialNip"))
                .as("the holder of Kabid Bina Marga, resolved by the old listener and again at the disposition")
                .isEqualTo(jdbc.queryForObject(
                        "SELECT holder_nip FROM opd_position WHERE opd_code = 'DPUPR' AND code = 'KABID_BINA_MARGA'",
                        String.class));
        assertThat(cases.row(c).get("opd_code")).isEqualTo("DPUPR");
        java.time.Instant stored = jdbc.queryForObject(
                        "SELECT response_due_at FROM complaint WHERE ticket = ?", java.sql.Timestamp.class, c.ticket())
                .toInstant();
        assertThat(stored.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .as("the deadline the old computeDeadlines step gave is the one stored on the case")
                .isEqualTo(ProcessDates.parse(String.valueOf(cases.variable(c, "responseDueDate")))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(cases.mails(c, "kabid.dpupr@ntbprov.example", "Aduan baru", 1))
                .hasSize(1);
    }

    /** The instance ran these steps, in this order: steps only the earlier model has. */
    private void awaitCompleted(Cases.Case c, String... elementIds) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(ENGINE.completedElements(c.instance())).containsSubsequence(elementIds));
    }

    /** A variable of the case in any scope (the start listeners' options are the triage task's own), as JSON. */
    private String inAnyScope(Cases.Case c, String name) {
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(
                        () -> {
                            String found = null;
                            for (var r : ENGINE.records().variableRecords()) {
                                if (r.getValue().getProcessInstanceKey() == c.instance()
                                        && r.getValue().getName().equals(name)) {
                                    found = r.getValue().getValue();
                                }
                            }
                            return found;
                        },
                        v -> v != null);
    }
}
