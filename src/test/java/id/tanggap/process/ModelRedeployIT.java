package id.tanggap.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.ProcessDates;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process owner's change sticks: a changed sla-policy.dmn (normal complaints answered within 12 instead of 48
 * hours) is deployed the way script/deploy-models does it while cases run; the application is then started again
 * as in production (tanggap.models.deploy-at-start=false) against the same engine. New cases follow the new limit,
 * a running case keeps the deadline it already has (docs/models.md), and the change is still in force after the
 * restart. The dev/test start (deploy-at-start=true) would have put the jar's copy back: that is also shown, and
 * restores the engine for the other tests.
 */
class ModelRedeployIT extends ModelChangeTestBase {

    @Override
    void theJarsModelsAreBack() {
        // the other tests expect the original limits
        assertThat(firstResponseLimitNow()).isEqualTo("PT48H");
    }

    @Test
    void aDeployedRuleChangeHoldsForNewCasesKeepsRunningDeadlinesAndSurvivesARestart(@TempDir Path dir)
            throws Exception {
        var running = cases.submit("JALAN_RUSAK");
        cases.triageValid(running, "JALAN_RUSAK");
        cases.task(running, "Task_RespondToComplaint");
        String runningDue = String.valueOf(cases.variable(running, "responseDueDate"));
        assertThat(hoursToRespond(running)).isEqualTo(48);
        var waiting = cases.submit("JALAN_RUSAK"); // still in triage while the rule changes

        Path changed = dir.resolve("sla-policy.dmn");
        Files.writeString(
                changed,
                Files.readString(NodeTool.repoDir().resolve("bpmn/sla-policy.dmn"))
                        .replace("\"PT48H\"", "\"PT12H\""));
        var deployed = DeployModels.deploy(client, List.of(changed));
        assertThat(deployed.getDecisions())
                .extracting(d -> d.getDmnDecisionId())
                .contains("sla-policy");
        assertThat(firstResponseLimitNow()).isEqualTo("PT12H");

        // a case already past its service levels keeps the deadline it has
        assertThat(String.valueOf(runtime.variables(running.instance()).get("responseDueDate")))
                .isEqualTo(runningDue);
        // a running case that reaches the rule after the deployment evaluates the new version (bindingType latest)
        cases.triageValid(waiting, "JALAN_RUSAK");
        cases.task(waiting, "Task_RespondToComplaint");
        assertThat(hoursToRespond(waiting)).isEqualTo(12);

        // restart as in production: the application deploys nothing, and the engine keeps the process owner's rule
        var restarted = new ProcessModels(client, audit, false);
        restarted.deployOnStart();
        assertThat(restarted.deployed())
                .as("the process start relay does not wait")
                .isTrue();
        assertThat(firstResponseLimitNow()).isEqualTo("PT12H");

        var fresh = cases.submit("JALAN_RUSAK");
        cases.triageValid(fresh, "JALAN_RUSAK");
        cases.task(fresh, "Task_RespondToComplaint");
        assertThat(hoursToRespond(fresh)).isEqualTo(12);
        assertThat(String.valueOf(runtime.variables(running.instance()).get("responseDueDate")))
                .isEqualTo(runningDue);
    }

    /** The first-response limit the latest deployed sla-policy gives a normal, simple complaint. */
    private String firstResponseLimitNow() {
        var result = client.newEvaluateDecisionCommand()
                .decisionId("sla-policy")
                .variables(Map.of("urgency", "NORMAL", "complaintType", "SIMPLE"))
                .send()
                .join();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(result.getDecisionOutput())
                    .get("firstResponseLimit")
                    .asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hours from receipt to the response deadline the case was given. */
    private long hoursToRespond(Cases.Case c) {
        var vars = runtime.variables(c.instance());
        Object received = cases.variable(c, "receivedAt");
        Object due = cases.variable(c, "responseDueDate");
        assertThat(vars).containsKey("sla");
        return Duration.between(ProcessDates.parse(String.valueOf(received)), ProcessDates.parse(String.valueOf(due)))
                .toHours();
    }
}
