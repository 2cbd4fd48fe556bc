package id.tanggap.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.devrun.DevMailText;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's "notify the Sekda" without a developer: a process owner places the element template
 * element-templates/notify-position.json after "Kirim e-mail ke pejabat" in complaint-handling.bpmn, picks SEKDA,
 * the position-notice e-mail and a message, and deploys the model as script/deploy-models does. The copy is made by
 * this test from the repository's file (so it follows every change of the real model), the step's XML from the
 * template's own bindings (what Modeler writes). The next case reaches the Sekda's holder by e-mail with its ticket;
 * no Java was changed for the step. The engine gets the repository's models back afterwards.
 */
class NotifySekdaStepIT extends ModelChangeTestBase {

    private static final String MESSAGE = "Mohon perhatian: jalan rusak di jalur utama Mataram.";

    @Test
    void aNotifySekdaStepPlacedWithTheTemplateEmailsTheSekdaWithTheTicket(@TempDir Path dir) throws Exception {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("recipientPosition", "SEKDA");
        chosen.put("mailTemplate", "position-notice");
        chosen.put("mailMessage", MESSAGE);
        chosen.put("dueDate", "=responseDueDate");
        Path changed = dir.resolve("complaint-handling.bpmn");
        Files.writeString(
                changed,
                withStepAfterOfficialNotice(
                        Files.readString(NodeTool.repoDir().resolve("bpmn/complaint-handling.bpmn")),
                        templateStep("notify-position.json", "Task_NotifySekda", "Beri tahu Sekda", chosen)));

        // the project's rules accept the changed model (its new step has no diagram shape: that is Modeler's job)
        NodeTool.Result lint = NodeTool.run("lint-bpmn.mjs", dir.toString());
        assertThat(lint.output()).doesNotContain("(tanggap/");

        var deployed = DeployModels.deploy(client, List.of(changed));
        assertThat(deployed.getProcesses())
                .extracting(p -> p.getBpmnProcessId())
                .contains("complaint-handling");

        var c = cases.submit("JALAN_RUSAK");
        cases.triageValid(c, "JALAN_RUSAK");
        cases.task(c, "Task_RespondToComplaint");

        var mail = cases.mails(c, "sekda@ntbprov.example", "Untuk diketahui", 1);
        assertThat(mail).hasSize(1);
        String text = DevMailText.plainText(mail.get(0));
        assertThat(text)
                .contains("Sekretaris Daerah Provinsi NTB")
                .contains(c.ticket())
                .contains(MESSAGE)
                .contains("Dinas Pekerjaan Umum")
                .contains(String.valueOf(cases.variable(c, "responseDueLabel")));
        // the reporter's identity is not in it; the step returned the position it notified
        assertThat(text).doesNotContain("Lalu Muhammad Zaini");
        assertThat(cases.variable(c, "notifiedPosition")).isEqualTo("SEKDA");
    }

    @Test
    void businessFailuresAreBpmnErrorsTheProcessOwnerCatchesNotIncidentsAfterRetries() throws Exception {
        var c = cases.submit("JALAN_RUSAK");
        long complaintId = jdbc.queryForObject("SELECT id FROM complaint WHERE ticket = ?", Long.class, c.ticket());

        // a position nobody holds (no such escalation contact)
        throughErrorPath(
                templateStep(
                        "notify-position.json",
                        "Task_Step",
                        "Beri tahu jabatan keliru",
                        Map.of("recipientPosition", "SEKRETARIS_KABUPATEN")),
                "RECIPIENT_UNKNOWN",
                complaintId);
        assertThat(cases.mailCount(c, "sekda@ntbprov.example", "Untuk diketahui"))
                .isZero();
        // an e-mail template no step may use
        throughErrorPath(
                templateStep(
                        "notify-position.json",
                        "Task_Step",
                        "Beri tahu dengan template keliru",
                        Map.of("recipientPosition", "SEKDA", "mailTemplate", "escalation")),
                "MAIL_TEMPLATE_UNKNOWN",
                complaintId);
        assertThat(cases.mailCount(c, "sekda@ntbprov.example", "")).isZero();
        // a limit that is not an ISO-8601 duration
        throughErrorPath(
                templateStep(
                        "compute-deadlines.json",
                        "Task_Step",
                        "Hitung tenggat keliru",
                        Map.of("limits", "={rapat: \"tiga hari\"}")),
                "INVALID_LIMIT",
                complaintId);
        // a forwarding target that is not registered: the case is not forwarded
        throughErrorPath(
                templateStep(
                        "forward-complaint.json",
                        "Task_Step",
                        "Teruskan ke tujuan keliru",
                        Map.of("forwardTarget", "KAB_ANTAH_BERANTAH")),
                "FORWARD_TARGET_UNKNOWN",
                complaintId);
        assertThat(cases.row(c).get("status")).isNotEqualTo("DITERUSKAN");
    }

    /**
     * Runs the step alone in a small process whose error boundary event catches the code: the instance goes the
     * error path at once (a job failure would be retried five times with a pause, then stop as an incident).
     */
    private void throughErrorPath(String step, String code, long complaintId) {
        String process = "kit-" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_Kit" targetNamespace="http://tanggap.id/bpmn">
                  <bpmn:error id="Error_Business" name="Galat bisnis" errorCode="%s" />
                  <bpmn:process id="%s" name="Uji galat bisnis" isExecutable="true">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_ToNotifySekda</bpmn:outgoing></bpmn:startEvent>
                    %s
                    <bpmn:boundaryEvent id="Boundary_Error" attachedToRef="Task_Step">
                      <bpmn:outgoing>Flow_Error</bpmn:outgoing>
                      <bpmn:errorEventDefinition errorRef="Error_Business" />
                    </bpmn:boundaryEvent>
                    <bpmn:endEvent id="End_Done"><bpmn:incoming>Flow_ToRespond</bpmn:incoming></bpmn:endEvent>
                    <bpmn:endEvent id="End_Error"><bpmn:incoming>Flow_Error</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToNotifySekda" sourceRef="Start" targetRef="Task_Step" />
                    <bpmn:sequenceFlow id="Flow_ToRespond" sourceRef="Task_Step" targetRef="End_Done" />
                    <bpmn:sequenceFlow id="Flow_Error" sourceRef="Boundary_Error" targetRef="End_Error" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(code, process, step);
        client.newDeployResourceCommand()
                .addResourceStringUtf8(bpmn, process + ".bpmn")
                .send()
                .join();
        long instance = client.newCreateInstanceCommand()
                .bpmnProcessId(process)
                .latestVersion()
                .variables(Map.of("complaintId", complaintId))
                .send()
                .join()
                .getProcessInstanceKey();
        runtime.awaitCompletedThrough(instance, "Boundary_Error", "End_Error");
    }

    /**
     * The service task Modeler writes for a template: its hidden job type and retries, and one zeebe:input per
     * property bound to one, with the value chosen or the template's default (optional ones only when chosen).
     */
    static String templateStep(String template, String id, String name, Map<String, String> chosen) throws Exception {
        JsonNode t = new ObjectMapper()
                .readTree(Files.readString(
                        NodeTool.repoDir().resolve("element-templates").resolve(template)));
        String type = null;
        String retries = "3";
        List<String> inputs = new ArrayList<>();
        for (JsonNode p : t.get("properties")) {
            JsonNode b = p.get("binding");
            switch (b.get("type").asText()) {
                case "zeebe:taskDefinition" -> {
                    if ("type".equals(b.get("property").asText())) {
                        type = p.get("value").asText();
                    } else {
                        retries = p.get("value").asText();
                    }
                }
                case "zeebe:input" -> {
                    String target = b.get("name").asText();
                    String value = chosen.containsKey(target)
                            ? chosen.get(target)
                            : p.path("optional").asBoolean()
                                    ? null
                                    : p.path("value").asText(null);
                    if (value != null) {
                        inputs.add("<zeebe:input source=\"" + xml(value) + "\" target=\"" + target + "\" />");
                    }
                }
                default -> {}
            }
        }
        assertThat(chosen.keySet())
                .as("every chosen value has a property in the template")
                .allSatisfy(k -> assertThat(inputs).anyMatch(i -> i.contains("target=\"" + k + "\"")));
        return "<bpmn:serviceTask id=\"" + id + "\" name=\"" + xml(name) + "\" zeebe:modelerTemplate=\""
                + t.get("id").asText() + "\" zeebe:modelerTemplateVersion=\""
                + t.get("version").asInt() + "\">"
                + "<bpmn:extensionElements><zeebe:taskDefinition type=\"" + type + "\" retries=\"" + retries + "\" />"
                + "<zeebe:ioMapping>" + String.join("", inputs) + "</zeebe:ioMapping></bpmn:extensionElements>"
                + "<bpmn:incoming>Flow_ToNotifySekda</bpmn:incoming><bpmn:outgoing>Flow_ToRespond</bpmn:outgoing>"
                + "</bpmn:serviceTask>";
    }

    /** Task_NotifyOfficial → the new step → Task_RespondToComplaint (the old flow now leaves the new step). */
    static String withStepAfterOfficialNotice(String bpmn, String step) {
        String notify = "<bpmn:serviceTask id=\"Task_NotifyOfficial\"";
        int start = bpmn.indexOf(notify);
        int end = bpmn.indexOf("</bpmn:serviceTask>", start) + "</bpmn:serviceTask>".length();
        assertThat(start).as("complaint-handling.bpmn has Task_NotifyOfficial").isPositive();
        String task = bpmn.substring(start, end);
        assertThat(task).contains("<bpmn:outgoing>Flow_ToRespond</bpmn:outgoing>");
        String flowStart = "<bpmn:sequenceFlow id=\"Flow_ToRespond\" sourceRef=\"Task_NotifyOfficial\"";
        assertThat(bpmn).contains(flowStart);
        return bpmn.substring(0, start)
                + task.replace(
                        "<bpmn:outgoing>Flow_ToRespond</bpmn:outgoing>",
                        "<bpmn:outgoing>Flow_ToNotifySekda</bpmn:outgoing>")
                + "\n    " + step
                + "\n    <bpmn:sequenceFlow id=\"Flow_ToNotifySekda\" sourceRef=\"Task_NotifyOfficial\" targetRef=\"Task_NotifySekda\" />"
                + bpmn.substring(end)
                        .replace(flowStart, "<bpmn:sequenceFlow id=\"Flow_ToRespond\" sourceRef=\"Task_NotifySekda\"");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
