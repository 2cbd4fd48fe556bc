package id.tanggap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording (the JDK's "profile" settings) around one phase of a benchmark, printed as the top of its
 * execution samples: which threads were busy, the hottest methods (top frame), and the application's own methods
 * that were on the stack (the deepest id.tanggap frame of each sample), so a reader sees where the time goes. The
 * file is kept (its path is printed) for {@code jfr view hot-methods <file>} or JDK Mission Control.
 */
final class Profile implements AutoCloseable {

    private final String name;
    private final Recording recording;

    private Profile(String name, Recording recording) {
        this.name = name;
        this.recording = recording;
    }

    static Profile start(String name) throws Exception {
        Recording r = new Recording(Configuration.getConfiguration("profile"));
        r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        r.start();
        return new Profile(name, r);
    }

    @Override
    public void close() throws Exception {
        recording.stop();
        Path file = Files.createTempFile("tanggap-bench-" + name.replaceAll("\\W+", "-") + "-", ".jfr");
        recording.dump(file);
        recording.close();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        Map<String, Integer> engine = new LinkedHashMap<>();
        ENGINE_PARTS.keySet().forEach(k -> engine.put(k, 0));
        int engineSamples = 0;
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            String thread = e.getThread("sampledThread") == null
                    ? "?"
                    : e.getThread("sampledThread").getJavaName();
            threads.merge(threadGroup(thread), 1, Integer::sum);
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                top.merge(method(frames.get(0)), 1, Integer::sum);
            }
            if (thread != null && thread.startsWith("zb-actors")) {
                engineSamples++;
                for (Map.Entry<String, String> part : ENGINE_PARTS.entrySet()) {
                    if (frames.stream().anyMatch(f -> method(f).contains(part.getValue()))) {
                        engine.merge(part.getKey(), 1, Integer::sum);
                    }
                }
            }
            for (RecordedFrame f : frames) {
                String m = method(f);
                if (m.startsWith("id.tanggap.")) {
                    own.merge(m, 1, Integer::sum);
                    break;
                }
            }
        }
        System.out.printf("%nprofile of %s: %d CPU samples (JFR, file %s)%n", name, samples, file);
        print("threads", threads, samples, 4);
        print("hot methods (top frame)", top, samples, 6);
        print("application methods on the stack (deepest id.tanggap frame)", own, samples, 6);
        System.out.println("  the engine's thread (zb-actors, " + engineSamples + " samples), by what it was doing:");
        int all = engineSamples;
        engine.forEach((part, n) -> System.out.printf("    %5.1f %%  %s%n", all == 0 ? 0.0 : 100.0 * n / all, part));
    }

    /** Parts of the engine's work, each recognised by a frame on the stack (a sample may count in more than one). */
    private static final Map<String, String> ENGINE_PARTS = new LinkedHashMap<>();

    static {
        ENGINE_PARTS.put("business rule tasks (DMN decisions)", "BusinessRuleTaskProcessor.");
        ENGINE_PARTS.put("  of which the decision's evaluation", "DmnScalaDecisionEngine.evaluateDecisionById");
        ENGINE_PARTS.put("user tasks", "UserTaskProcessor.");
        ENGINE_PARTS.put("execution and task listeners", "ExecutionListener");
        ENGINE_PARTS.put("job completions", "JobCompleteProcessor.");
        ENGINE_PARTS.put("variables (mappings, merges)", "BpmnVariableMappingBehavior.");
        ENGINE_PARTS.put("FEEL expressions", "org.camunda.feel.FeelEngine");
        ENGINE_PARTS.put("answers to the gateway (gRPC, on this thread in the test engine)", "GrpcResponseWriter.");
        ENGINE_PARTS.put("appending to the log", "Sequencer.");
        ENGINE_PARTS.put("state store reads and writes (RocksDB)", "TransactionalColumnFamily.");
    }

    /** Thread names without their numbers: "http-nio-8080-exec-12" -> "http-nio-#-exec-#". */
    static String threadGroup(String thread) {
        return thread == null || thread.isEmpty() ? "(virtual)" : thread.replaceAll("\\d+", "#");
    }

    private static String method(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int lines) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(lines)
                .forEach(e -> System.out.printf(
                        "    %5.1f %%  %s%n", samples == 0 ? 0.0 : 100.0 * e.getValue() / samples, e.getKey()));
    }
}
