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
 * compatibility + the project's rules, tools/bpmnlint-plugin-tanggap) on every BPMN file, form-js on every form,
 * every user task's form exists, and the element templates of element-templates/ pass Camunda's validator.
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
    void theProjectRulesRejectAUserTaskWithoutDueDateAnUnknownJobTypeAndAnUnknownCandidateGroup(@TempDir Path dir)
            throws Exception {
        String real = Files.readString(NodeTool.repoDir().resolve("bpmn/complaint-handling.bpmn"));

        NodeTool.Result noDueDate =
                lintCopy(dir, "no-due-date", real.replace("<zeebe:taskSchedule dueDate=\"=responseDueDate\" />", ""));
        assertThat(noDueDate.exitCode()).as(noDueDate.output()).isEqualTo(1);
        assertThat(noDueDate.output())
                .contains("Task_RespondToComplaint User task \"Tanggapi aduan\" has no due date")
                .contains("(tanggap/user-task-due-date)")
                .contains(" 1 errors");

        NodeTool.Result unknownType =
                lintCopy(dir, "unknown-type", real.replace("type=\"notifyOfficial\"", "type=\"notifySekretaris\""));
        assertThat(unknownType.exitCode()).as(unknownType.output()).isEqualTo(1);
        assertThat(unknownType.output())
                .contains(
                        "Task_NotifyOfficial \"Kirim e-mail ke pejabat\" has job type notifySekretaris, which no worker"
                                + " serves and no element template offers")
                .contains(" 1 errors");

        NodeTool.Result unknownGroup = lintCopy(
                dir,
                "unknown-group",
                real.replace(
                        "<zeebe:formDefinition formId=\"decide-authority\" /><zeebe:assignmentDefinition"
                                + " candidateGroups=\"diskominfo\" />",
                        "<zeebe:formDefinition formId=\"decide-authority\" /><zeebe:assignmentDefinition"
                                + " candidateGroups=\"diskominfo, humas-setda\" />"));
        assertThat(unknownGroup.exitCode()).as(unknownGroup.output()).isEqualTo(1);
        assertThat(unknownGroup.output())
                .contains("Task_DecideAuthority User task \"Tetapkan OPD berwenang\" names candidate group humas-setda,"
                        + " which the realm")
                .contains(" 1 errors");

        // a prefix no realm group starts with, a user task without form, an unnamed timer and an unnamed message
        NodeTool.Result more = lintCopy(
                dir,
                "more",
                real.replace(
                                "candidateGroups='=[\"diskominfo\", \"opd-\" + lower case(concernedOpd)]'",
                                "candidateGroups='=[\"diskominfo\", \"dinas-\" + lower case(concernedOpd)]'")
                        .replace("<zeebe:formDefinition formId=\"resolve-complaint\" />", "")
                        .replace(" name=\"Tenggat verifikasi lewat\"", "")
                        .replace(" name=\"primary-case-ended\"", ""));
        assertThat(more.exitCode()).isEqualTo(1);
        assertThat(more.output())
                .contains("Task_ClarifyHoax User task \"Klarifikasi hoaks\" names candidate group dinas-")
                .contains("Task_ResolveComplaint User task \"Selesaikan tindak lanjut\" has no form")
                .contains("Timer event Timer_TriageOverdue has no name")
                .contains("Message Message_PrimaryCaseEnded has no name");
    }

    @Test
    void everyElementTemplatePassesCamundasValidatorAndServesAWorker() {
        NodeTool.Result result = NodeTool.run("check-element-templates.mjs");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains(
                        "notify-official.json: ok",
                        "notify-position.json: ok",
                        "notify-complainant.json: ok",
                        "escalate-complaint.json: ok",
                        "compute-deadlines.json: ok",
                        "record-timeline-step.json: ok",
                        "forward-complaint.json: ok",
                        "compile-report.json: ok")
                .contains("8 files, 0 problems");
    }

    @Test
    void theTemplateCheckRejectsASchemaErrorAnUnservedJobTypeAndAMissingTemplate(@TempDir Path dir) throws Exception {
        Path templates = NodeTool.repoDir().resolve("element-templates");
        try (var files = Files.list(templates)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        // a dropdown without choices (the schema requires them), a job type no worker serves, a placeable type left out
        Files.writeString(
                dir.resolve("notify-official.json"),
                Files.readString(dir.resolve("notify-official.json")).replace("\"choices\"", "\"options\""));
        Files.writeString(
                dir.resolve("forward-complaint.json"),
                Files.readString(dir.resolve("forward-complaint.json"))
                        .replace("\"value\": \"forwardComplaint\"", "\"value\": \"forwardToRegency\""));
        Files.delete(dir.resolve("record-timeline-step.json"));
        NodeTool.Result result = NodeTool.run("check-element-templates.mjs", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output())
                .contains("notify-official.json: INVALID")
                .contains("must have required property 'choices'")
                .contains("forward-complaint.json: job type forwardToRegency has no @JobWorker in src/main/java")
                .contains("job type forwardComplaint may be placed by process owners but has no element template")
                .contains("job type recordTimelineStep may be placed by process owners but has no element template")
                .contains("notify-position.json: ok");
    }

    private static NodeTool.Result lintCopy(Path dir, String name, String bpmn) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(name));
        Files.writeString(copy.resolve("complaint-handling.bpmn"), bpmn);
        return NodeTool.run("lint-bpmn.mjs", copy.toString());
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
