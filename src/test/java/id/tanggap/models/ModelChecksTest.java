package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Camunda's own tools on the repository's models: bpmnlint (recommended rules + Camunda 8.8
 * compatibility) on every BPMN file, form-js on every form, and every user task's form exists.
 */
class ModelChecksTest {

    @Test
    void everyBpmnFilePassesBpmnlintForCamunda88() {
        NodeTool.Result result = NodeTool.run("lint-bpmn.mjs");
        System.out.println(result.output());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("complaint-handling.bpmn: ok", "cross-sector-coordination.bpmn: ok")
                .contains(" 0 errors");
    }

    @Test
    void bpmnlintRejectsAServiceTaskWithoutJobType(@TempDir Path dir) throws Exception {
        String bpmn = Files.readString(NodeTool.repoDir().resolve("bpmn/complaint-handling.bpmn"))
                .replace("<zeebe:taskDefinition type=\"notifyOfficial\" retries=\"5\" />", "");
        Files.writeString(dir.resolve("broken.bpmn"), bpmn);
        NodeTool.Result result = NodeTool.run("lint-bpmn.mjs", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("Task_NotifyOfficial").contains("zeebe:TaskDefinition");
    }

    @Test
    void everyFormImportsInFormJsAndEveryUserTaskHasItsForm() throws Exception {
        NodeTool.Result result = NodeTool.run("check-forms.mjs");
        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.output());
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("userTasks").findValuesAsText("id")).contains("Task_RespondToComplaint");

        JsonNode respond = form(report, "respond-to-complaint");
        assertThat(respond.get("keys"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        // the head every case form starts with (issue 19): read-only, set by the process
                        "complaintText",
                        "photoLinks",
                        "addressText",
                        "historyText",
                        "responseOutcome",
                        "responseText",
                        "publicReplyUrl",
                        "supportingOpds",
                        "notAuthorityReason");
        // submitting it empty names the fields the gateway and recordResponse need
        // web and call-center cases have no public post: the public reply link is asked only of social-media cases
        assertThat(respond.get("required"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("responseOutcome", "responseText");
        assertThat(respond.get("requiredForSocialCase"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("responseOutcome", "responseText", "publicReplyUrl");
        assertThat(form(report, "triage-complaint").get("required"))
                .extracting(JsonNode::asText)
                .containsExactly("triageDecision");
        // web and call-center cases have no public post to reply under: the resolution's link is optional
        assertThat(form(report, "resolve-complaint").get("required"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("followUpPlan", "resolutionText");
        assertThat(report.get("forms")).hasSize(14);
        assertThat(report.get("userTasks").findValuesAsText("id"))
                .containsExactlyInAnyOrder(
                        "Task_TriageComplaint",
                        "Task_ClarifyHoax",
                        "Task_RespondToComplaint",
                        "Task_DecideAuthority",
                        "Task_ResolveComplaint",
                        "Task_VerifyClosure",
                        "Task_ContributeToFollowUp",
                        "Task_ConsolidateJointFollowUp",
                        "Task_VerifyAccount",
                        "Task_ReviewReport",
                        "Task_ReviseReport",
                        "Task_ReviewEvaluation",
                        "Task_HandleRequest",
                        "Task_CallBackComplainant");
    }

    @Test
    void formCheckRejectsAnUnknownFieldTypeAndAMissingForm(@TempDir Path dir) throws Exception {
        String form = Files.readString(NodeTool.repoDir().resolve("forms/respond-to-complaint.form"))
                .replace("\"textarea\"", "\"voiceNote\"");
        Files.writeString(dir.resolve("respond-to-complaint.form"), form);
        NodeTool.Result broken = NodeTool.run("check-forms.mjs", dir.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("voiceNote");

        Files.delete(dir.resolve("respond-to-complaint.form"));
        NodeTool.Result missing = NodeTool.run("check-forms.mjs", dir.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.output())
                .contains("Task_RespondToComplaint names form respond-to-complaint, which is not in forms/");
    }

    private static JsonNode form(JsonNode report, String id) {
        for (JsonNode f : report.get("forms")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no form " + id + " in " + report);
    }
}
