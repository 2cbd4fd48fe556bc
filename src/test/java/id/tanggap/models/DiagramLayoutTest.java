package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.NodeTool;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagrams a process owner opens in Camunda Modeler can be followed (issue 17): tools/check-diagram-layout.mjs
 * over the diagram coordinates of every model finds no overlapping shapes or labels, no flow drawn through a
 * shape it does not connect, every element drawn; and it does reject copies broken in each of those ways.
 */
class DiagramLayoutTest {

    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

    @Test
    void everyDiagramIsLaidOutReadably() throws Exception {
        NodeTool.Result result = NodeTool.run("check-diagram-layout.mjs");
        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.output());
        try (var models = Files.list(NodeTool.repoDir().resolve("bpmn"))) {
            long bpmnFiles = models.filter(p -> p.toString().endsWith(".bpmn")).count();
            assertThat(report.get("files")).hasSize((int) bpmnFiles);
        }
        for (JsonNode file : report.get("files")) {
            assertThat(file.get("problems")).as(file.get("file").asText()).isEmpty();
            assertThat(file.get("shapes").asInt()).as(file.get("file").asText()).isPositive();
        }
        JsonNode complaints = file(report, "complaint-handling.bpmn");
        // every sequence flow of complaint handling (the largest model) is drawn
        long flows = parse(NodeTool.repoDir().resolve("bpmn/complaint-handling.bpmn"))
                .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "sequenceFlow")
                .getLength();
        assertThat(flows).isGreaterThan(100);
        assertThat(complaints.get("edges").asLong()).isGreaterThanOrEqualTo(flows);
    }

    @Test
    void theEscalationLadderIsDrawnAsRowsUnderItsTask() throws Exception {
        Document doc = parse(NodeTool.repoDir().resolve("bpmn/complaint-handling.bpmn"));
        double[] respond = bounds(doc, "Task_RespondToComplaint");
        double[] level1 = bounds(doc, "Task_EscalateLevel1");
        double[] level2 = bounds(doc, "Task_EscalateLevel2");
        double[] level3 = bounds(doc, "Task_EscalateLevel3");
        // one level per row, top to bottom, below the task whose timers start them
        assertThat(level1[1]).isGreaterThan(respond[1] + respond[3]);
        assertThat(level2[1]).isGreaterThan(level1[1] + level1[3]);
        assertThat(level3[1]).isGreaterThan(level2[1] + level2[3]);
        // the three timer labels apart from each other (the Modeler showed them on top of each other)
        List<double[]> timerLabels = new ArrayList<>();
        for (String timer : List.of("Timer_FirstEscalation", "Timer_SecondEscalation", "Timer_ThirdEscalation")) {
            timerLabels.add(labelBounds(doc, timer));
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                assertThat(overlap(timerLabels.get(i), timerLabels.get(j))).isFalse();
            }
        }
    }

    @Test
    void overlappingLabelsAreRejected(@TempDir Path dir) throws Exception {
        // the two start labels of the information campaign on top of each other, as the issue found them
        Path broken = brokenCopy(dir, "information-campaign.bpmn", doc -> {
            double[] start = labelBounds(doc, "StartEvent_CampaignCreated");
            setLabelBounds(doc, "Event_WindowOpens", start[0] + 10, start[1]);
        });
        JsonNode problems = problems(broken);
        assertThat(problems.toString()).contains("labels overlap: StartEvent_CampaignCreated and Event_WindowOpens");
    }

    @Test
    void aFlowDrawnThroughATaskIsRejected(@TempDir Path dir) throws Exception {
        // the first escalation's flow drawn straight through the second escalation task, entering level 1 from the
        // right
        Path broken = brokenCopy(dir, "complaint-handling.bpmn", doc -> {
            double[] timer = bounds(doc, "Timer_FirstEscalation");
            double[] level1 = bounds(doc, "Task_EscalateLevel1");
            double[] level2 = bounds(doc, "Task_EscalateLevel2");
            double timerX = timer[0] + timer[2] / 2, level2Y = level2[1] + level2[3] / 2;
            double right = level1[0] + level1[2], level1Y = level1[1] + level1[3] / 2;
            setWaypoints(doc, "Flow_ToEscalateLevel1", new double[][] {
                {timerX, timer[1] + timer[3]},
                {timerX, level2Y},
                {right + 20, level2Y},
                {right + 20, level1Y},
                {right, level1Y}
            });
        });
        JsonNode problems = problems(broken);
        assertThat(problems.toString()).contains("Flow_ToEscalateLevel1: drawn through Task_EscalateLevel2");
    }

    @Test
    void overlappingShapesADetachedBoundaryEventAndAMissingShapeAreRejected(@TempDir Path dir) throws Exception {
        Path broken = brokenCopy(dir, "complaint-handling.bpmn", doc -> {
            double[] level1 = bounds(doc, "Task_EscalateLevel1");
            setBounds(doc, "Task_EscalateLevel2", level1[0] + 30, level1[1] + 20);
            double[] timer = bounds(doc, "Timer_ThirdEscalation");
            setBounds(doc, "Timer_ThirdEscalation", timer[0], timer[1] + 60);
            Element shape = shape(doc, "Task_EscalateLevel3");
            shape.getParentNode().removeChild(shape);
        });
        String problems = problems(broken).toString();
        assertThat(problems)
                .contains("shapes overlap: Task_EscalateLevel1 and Task_EscalateLevel2")
                .contains("Timer_ThirdEscalation: boundary event is not on the border of Task_RespondToComplaint")
                .contains("Task_EscalateLevel3: flow node has no diagram shape");
    }

    @Test
    void aDiagonalFlowAndAFlowWithoutDiagramEdgeAreRejected(@TempDir Path dir) throws Exception {
        Path broken = brokenCopy(dir, "information-campaign.bpmn", doc -> {
            double[] start = bounds(doc, "StartEvent_CampaignCreated");
            double[] opens = bounds(doc, "Event_WindowOpens");
            setWaypoints(doc, "Flow_ToWindowOpens", new double[][] {
                {start[0] + start[2], start[1] + start[3] / 2}, {opens[0], opens[1]}
            });
            Element edge = edge(doc, "Flow_ToInviteStaff");
            edge.getParentNode().removeChild(edge);
        });
        assertThat(problems(broken).toString())
                .contains("Flow_ToWindowOpens: segment 1 is diagonal")
                .contains("Flow_ToInviteStaff: flow has no diagram edge");
    }

    // --- helpers: the broken copies are made with a DOM parser on the diagram part only

    private static JsonNode problems(Path broken) throws Exception {
        NodeTool.Result result = NodeTool.run("check-diagram-layout.mjs", broken.toString());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(result.output());
        return report.get("files").get(0).get("problems");
    }

    private static JsonNode file(JsonNode report, String name) {
        for (JsonNode f : report.get("files")) {
            if (f.get("file").asText().equals(name)) return f;
        }
        throw new AssertionError("no report for " + name);
    }

    private interface Edit {
        void apply(Document doc) throws Exception;
    }

    private static Path brokenCopy(Path dir, String model, Edit edit) throws Exception {
        Document doc = parse(NodeTool.repoDir().resolve("bpmn").resolve(model));
        edit.apply(doc);
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        Path copy = dir.resolve(model);
        Files.writeString(copy, out.toString());
        return copy;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element byElement(Document doc, String tag, String elementId) {
        NodeList list = doc.getElementsByTagNameNS(BPMNDI, tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("bpmnElement").equals(elementId)) return e;
        }
        throw new AssertionError("no " + tag + " for " + elementId);
    }

    private static Element shape(Document doc, String id) {
        return byElement(doc, "BPMNShape", id);
    }

    private static Element edge(Document doc, String id) {
        return byElement(doc, "BPMNEdge", id);
    }

    private static Element directBounds(Element parent) {
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e
                    && DC.equals(e.getNamespaceURI())
                    && e.getLocalName().equals("Bounds")) {
                return e;
            }
        }
        throw new AssertionError("no bounds in " + parent.getAttribute("id"));
    }

    private static Element label(Document doc, String id) {
        NodeList labels = shape(doc, id).getElementsByTagNameNS(BPMNDI, "BPMNLabel");
        assertThat(labels.getLength()).as("label of " + id).isEqualTo(1);
        return directBounds((Element) labels.item(0));
    }

    private static double[] read(Element b) {
        return new double[] {
            Double.parseDouble(b.getAttribute("x")), Double.parseDouble(b.getAttribute("y")),
            Double.parseDouble(b.getAttribute("width")), Double.parseDouble(b.getAttribute("height"))
        };
    }

    private static double[] bounds(Document doc, String id) {
        return read(directBounds(shape(doc, id)));
    }

    private static double[] labelBounds(Document doc, String id) {
        return read(label(doc, id));
    }

    private static void move(Element b, double x, double y) {
        b.setAttribute("x", String.valueOf(x));
        b.setAttribute("y", String.valueOf(y));
    }

    private static void setBounds(Document doc, String id, double x, double y) {
        move(directBounds(shape(doc, id)), x, y);
    }

    private static void setLabelBounds(Document doc, String id, double x, double y) {
        move(label(doc, id), x, y);
    }

    private static void setWaypoints(Document doc, String flowId, double[][] points) {
        Element edge = edge(doc, flowId);
        NodeList old = edge.getElementsByTagNameNS(DI, "waypoint");
        while (old.getLength() > 0) edge.removeChild(old.item(0));
        Consumer<double[]> add = p -> {
            Element w = doc.createElementNS(DI, "di:waypoint");
            w.setAttribute("x", String.valueOf(p[0]));
            w.setAttribute("y", String.valueOf(p[1]));
            edge.insertBefore(w, edge.getFirstChild());
        };
        for (int i = points.length - 1; i >= 0; i--) add.accept(points[i]);
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
