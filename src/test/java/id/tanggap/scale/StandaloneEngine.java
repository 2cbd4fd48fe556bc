package id.tanggap.scale;

import id.tanggap.testsupport.InMemoryZeebe;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The in-memory engine in a JVM of its own (the crash test kills the application, not the engine):
 * prints {@code ENGINE <grpc address>} once it listens, and answers {@code instances <bpmnProcessId>}
 * on standard input with {@code INSTANCES complaintId=count,...} (how many process instances carry each
 * complaint id). Ends when its standard input closes.
 */
public final class StandaloneEngine {

    private StandaloneEngine() {}

    public static void main(String[] args) throws Exception {
        InMemoryZeebe engine = InMemoryZeebe.start(-1);
        System.out.println("ENGINE " + engine.grpcAddress());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("instances ")) {
                Map<Long, Long> counts = engine.instancesPerComplaint(
                        line.substring("instances ".length()).trim());
                System.out.println("INSTANCES "
                        + counts.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(",")));
                System.out.flush();
            }
        }
        System.exit(0);
    }
}
