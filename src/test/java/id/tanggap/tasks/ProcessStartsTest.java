package id.tanggap.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Nobody starts a process by hand in Tasklist: cases, campaigns and account checks begin with a message
 * the application publishes, schedules with a timer. The few none start events that remain are started
 * by the application's own client (or a call activity), and in production no group of people may create
 * a process instance (docker/camunda-init.sh grants CREATE_PROCESS_INSTANCE to the application's client
 * only), so Tasklist offers them to nobody.
 */
class ProcessStartsTest {

    /** Top-level none start events and why each must stay. */
    private static final Map<String, String> NONE_STARTS = Map.of(
            "cross-sector-coordination/StartEvent_CoordinationRequested",
            "called by complaint-handling's call activity",
            "periodic-report/StartEvent_Requested",
            "a report on request, started by the application (POST /api/reports)",
            "social-media-compliance/StartEvent_OnRequest",
            "a check on request, started by the application");

    @Test
    void everyProcessStartsByMessageOrTimerOrByTheApplicationOnly() throws Exception {
        Map<String, String> noneStarts = new TreeMap<>();
        try (Stream<Path> files = Files.list(NodeTool.repoDir().resolve("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                var doc = factory.newDocumentBuilder().parse(file.toFile());
                var processes = doc.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "process");
                for (int i = 0; i < processes.getLength(); i++) {
                    Element process = (Element) processes.item(i);
                    for (Node n = process.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element start
                                && "startEvent".equals(start.getLocalName())
                                && start.getElementsByTagNameNS("*", "messageEventDefinition")
                                                .getLength()
                                        == 0
                                && start.getElementsByTagNameNS("*", "timerEventDefinition")
                                                .getLength()
                                        == 0) {
                            noneStarts.put(process.getAttribute("id") + "/" + start.getAttribute("id"), "");
                        }
                    }
                }
            }
        }
        assertThat(noneStarts.keySet())
                .as("a none start event lets anyone with CREATE_PROCESS_INSTANCE start the process in Tasklist")
                .isSubsetOf(NONE_STARTS.keySet());
    }

    @Test
    void inProductionOnlyTheApplicationsClientMayCreateProcessInstances() throws Exception {
        String script = Files.readString(NodeTool.repoDir().resolve("docker/camunda-init.sh"));
        Matcher grants = Pattern.compile("(?m)^\\s*grant (\\S+) (\\S+) PROCESS_DEFINITION[^\\n]*(\\\\\\n[^\\n]*)*")
                .matcher(script);
        int checked = 0;
        while (grants.find()) {
            checked++;
            if (grants.group().contains("CREATE_PROCESS_INSTANCE")) {
                assertThat(grants.group(2)).isEqualTo("\"$CAMUNDA_APP_OWNER_ID\"");
            }
        }
        assertThat(checked).as("PROCESS_DEFINITION grants found").isGreaterThanOrEqualTo(4);
    }
}
