package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.InMemoryZeebe;
import id.tanggap.testsupport.NodeTool;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (junit-platform.properties orders classes): prints, per process
 * in bpmn/, which of its flow nodes the test run activated and which of its sequence flows it took
 * on the engine, and fails if any was never reached: a branch whose target some other path reaches
 * (a loop back to triage, a second way into a gateway) counts only when a scenario took it.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageIT {

    @Test
    void everyBpmnElementIsReachedByAProcessTest() throws IOException {
        Map<String, Set<String>> activated = new TreeMap<>();
        StreamSupport.stream(
                        InMemoryZeebe.get().records().processInstanceRecords().spliterator(), false)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                        || r.getIntent() == ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN)
                .forEach(r -> activated
                        .computeIfAbsent(r.getValue().getBpmnProcessId(), k -> new TreeSet<>())
                        .add(r.getValue().getElementId()));

        List<String> missing = new ArrayList<>();
        StringBuilder report = new StringBuilder("\nBPMN element coverage of this test run\n");
        try (Stream<Path> files = Files.list(NodeTool.repoDir().resolve("bpmn"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    Set<String> elements = model.getModelElementsByType(FlowNode.class).stream()
                            .filter(n -> processOf(n) == process)
                            .map(FlowNode::getId)
                            .collect(Collectors.toCollection(TreeSet::new));
                    Set<String> flows = model.getModelElementsByType(SequenceFlow.class).stream()
                            .filter(f -> processOf(f) == process)
                            .map(SequenceFlow::getId)
                            .collect(Collectors.toCollection(TreeSet::new));
                    int nodeCount = elements.size();
                    elements.addAll(flows);
                    Set<String> reached = new TreeSet<>(activated.getOrDefault(process.getId(), Set.of()));
                    // the engine writes no "sequence flow taken" for the flows out of an event-based gateway: such a
                    // flow was taken when the event it leads to was reached
                    model.getModelElementsByType(SequenceFlow.class).stream()
                            .filter(f -> processOf(f) == process
                                    && f.getSource() instanceof EventBasedGateway
                                    && reached.contains(f.getTarget().getId()))
                            .forEach(f -> reached.add(f.getId()));
                    Set<String> notReached = new TreeSet<>(elements);
                    notReached.removeAll(reached);
                    report.append(String.format(
                            "  %-28s %3d/%3d nodes and sequence flows (%d flows) (%5.1f%%)%s%n",
                            process.getId(),
                            elements.size() - notReached.size(),
                            elements.size(),
                            elements.size() - nodeCount,
                            100.0 * (elements.size() - notReached.size()) / elements.size(),
                            notReached.isEmpty() ? "" : "  not reached: " + notReached));
                    notReached.forEach(id -> missing.add(process.getId() + "#" + id));
                }
            }
        }
        System.out.println(report);
        assertThat(missing).as(report.toString()).isEmpty();
    }

    private static Process processOf(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
        var e = element;
        while (e != null && !(e instanceof Process)) {
            e = e.getParentElement();
        }
        return (Process) e;
    }
}
