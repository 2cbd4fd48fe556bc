package id.tanggap.testsupport;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.TestEngines;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.FormMetadataValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The one in-memory Zeebe engine of a JVM (tests and the dev run): the real engine from
 * zeebe-process-test with its gRPC gateway, plus what Tasklist and Operate would show: open user
 * tasks, process variables, and the record stream.
 */
public final class InMemoryZeebe {

    private static InMemoryZeebe instance;

    private final ZeebeTestEngine engine;
    private final UserTaskCommands userTasks;
    private final ObjectMapper json = new ObjectMapper();

    private InMemoryZeebe(ZeebeTestEngine engine) {
        this.engine = engine;
        this.userTasks = new UserTaskCommands(engine);
    }

    /** Starts the engine on a random port the first time, and returns the same engine afterwards. */
    public static synchronized InMemoryZeebe get() {
        return start(-1);
    }

    /** Starts the engine on the given port (negative: a random one) unless it runs already. */
    public static synchronized InMemoryZeebe start(int port) {
        if (instance == null) {
            ZeebeTestEngine engine = newEngine(port < 0 ? freePort() : port);
            engine.start();
            instance = new InMemoryZeebe(engine);
            Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "in-memory-zeebe-stop"));
            String statsFile = System.getProperty("tanggap.engine.record-stats");
            if (statsFile != null) {
                InMemoryZeebe started = instance;
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(() -> started.writeRecordStats(statsFile), "engine-record-stats"));
            }
        }
        return instance;
    }

    /**
     * The engine of zeebe-process-test ({@link TestEngines}) with its state in RocksDB (the library's own in-memory map
     * slows down with every open case), or with that map when the system property {@code tanggap.engine.state} is
     * {@code map} (the test suite, see the pom, and comparisons in the benchmark).
     */
    private static ZeebeTestEngine newEngine(int port) {
        return TestEngines.create(
                port,
                "map".equals(System.getProperty("tanggap.engine.state"))
                        ? TestEngines.Store.MAP
                        : TestEngines.Store.ROCKSDB);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine's records by value type and intent, the most frequent first, into a file (diagnostics: what fills the log). */
    private void writeRecordStats(String file) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        int total = 0;
        for (Record<?> r : engine.getRecordStreamSource().getRecords()) {
            counts.merge(r.getValueType() + "/" + r.getIntent(), 1, Integer::sum);
            if (r.getValue() instanceof io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue v) {
                counts.merge("process " + v.getBpmnProcessId(), 1, Integer::sum);
            }
            total++;
        }
        StringBuilder out = new StringBuilder("engine records: " + total + "\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(40)
                .forEach(e -> out.append("  ")
                        .append(e.getValue())
                        .append(' ')
                        .append(e.getKey())
                        .append('\n'));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), out);
        } catch (IOException e) {
            // diagnostics only
        }
    }

    /** The engine of this JVM if it runs and listens at {@code authority} (host:port), else null. */
    public static synchronized InMemoryZeebe runningAt(String authority) {
        if (instance == null || authority == null) {
            return null;
        }
        String address = instance.grpcAddress();
        String port = address.substring(address.lastIndexOf(':') + 1);
        return authority.endsWith(":" + port) ? instance : null;
    }

    public ZeebeTestEngine engine() {
        return engine;
    }

    /** The gateway address as the Camunda client wants it: {@code http://host:port}. */
    public String grpcAddress() {
        String address = engine.getGatewayAddress();
        if (address.startsWith("0.0.0.0:")) {
            address = "localhost:" + address.substring("0.0.0.0:".length());
        }
        return address.startsWith("http") ? address : "http://" + address;
    }

    private Duration offset = Duration.ZERO;

    /** Moves the engine clock forward; it stays ahead of real time by the sum of all moves. */
    public synchronized void increaseTime(Duration duration) {
        engine.increaseTime(duration);
        offset = offset.plus(duration);
    }

    /** The engine's current time. */
    public synchronized java.time.Instant now() {
        return java.time.Instant.now().plus(offset);
    }

    public RecordStream records() {
        return RecordStream.of(engine.getRecordStreamSource());
    }

    public void waitForIdle() {
        try {
            engine.waitForIdleState(Duration.ofSeconds(10));
        } catch (Exception e) {
            throw new IllegalStateException("engine did not become idle", e);
        }
    }

    public record OpenUserTask(
            long key,
            long processInstanceKey,
            String bpmnProcessId,
            String elementId,
            String elementInstanceKeyName,
            long formKey,
            String formId,
            List<String> candidateGroups,
            String assignee,
            String dueDate) {}

    /** The user tasks that are created and neither completed nor canceled, oldest first. */
    public List<OpenUserTask> openUserTasks() {
        Map<Long, String> formIds = new LinkedHashMap<>();
        Map<Long, Record<UserTaskRecordValue>> open = new LinkedHashMap<>();
        for (Record<?> record : records().records()) {
            if (record.getRecordType() != RecordType.EVENT) {
                continue;
            }
            if (record.getValue() instanceof FormMetadataValue form) {
                formIds.put(form.getFormKey(), form.getFormId());
            }
            if (record.getValueType() == ValueType.USER_TASK) {
                @SuppressWarnings("unchecked")
                Record<UserTaskRecordValue> task = (Record<UserTaskRecordValue>) record;
                if (record.getIntent() == UserTaskIntent.CREATED) {
                    open.put(task.getKey(), task);
                } else if (record.getIntent() == UserTaskIntent.COMPLETED
                        || record.getIntent() == UserTaskIntent.CANCELED) {
                    open.remove(task.getKey());
                }
            }
        }
        List<OpenUserTask> tasks = new ArrayList<>();
        for (Record<UserTaskRecordValue> r : open.values()) {
            UserTaskRecordValue v = r.getValue();
            tasks.add(new OpenUserTask(
                    r.getKey(),
                    v.getProcessInstanceKey(),
                    v.getBpmnProcessId(),
                    v.getElementId(),
                    String.valueOf(v.getElementInstanceKey()),
                    v.getFormKey(),
                    formIds.get(v.getFormKey()),
                    List.copyOf(v.getCandidateGroupsList()),
                    v.getAssignee(),
                    v.getDueDate()));
        }
        return tasks;
    }

    public Optional<OpenUserTask> openUserTask(long processInstanceKey, String elementId) {
        return openUserTasks().stream()
                .filter(t -> t.processInstanceKey() == processInstanceKey
                        && t.elementId().equals(elementId))
                .findFirst();
    }

    /** Completes a native user task as Tasklist would, with the form's variables. */
    public void completeUserTask(long userTaskKey, Map<String, Object> variables) {
        userTasks.complete(userTaskKey, variables);
    }

    /** Assigns a native user task as Tasklist's "assign" would (the task's assigning listeners run first). */
    public void assignUserTask(long userTaskKey, String assignee) {
        userTasks.assign(userTaskKey, assignee);
    }

    /** The latest value of every process-level variable of an instance. */
    public Map<String, Object> processVariables(long processInstanceKey) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (Record<VariableRecordValue> r : records().variableRecords()) {
            VariableRecordValue v = r.getValue();
            if (v.getProcessInstanceKey() == processInstanceKey && v.getScopeKey() == processInstanceKey) {
                try {
                    variables.put(v.getName(), json.readValue(v.getValue(), Object.class));
                } catch (Exception e) {
                    variables.put(v.getName(), v.getValue());
                }
            }
        }
        return variables;
    }

    /**
     * The variables a user task's form reads, as Tasklist shows them: those of the task's element instance and of
     * every scope around it (inner scopes win), each at its latest value.
     */
    public Map<String, Object> userTaskVariables(OpenUserTask task) {
        Map<Long, Long> parent = new java.util.HashMap<>();
        for (var r : records().processInstanceRecords()) {
            parent.put(r.getKey(), r.getValue().getFlowScopeKey());
        }
        List<Long> scopes = new ArrayList<>();
        for (Long scope = Long.valueOf(task.elementInstanceKeyName());
                scope != null && scope > 0;
                scope = parent.get(scope)) {
            scopes.add(0, scope);
        }
        Map<Long, Map<String, Object>> byScope = new LinkedHashMap<>();
        for (Record<VariableRecordValue> r : records().variableRecords()) {
            VariableRecordValue v = r.getValue();
            if (scopes.contains(v.getScopeKey())) {
                Object value;
                try {
                    value = json.readValue(v.getValue(), Object.class);
                } catch (Exception e) {
                    value = v.getValue();
                }
                byScope.computeIfAbsent(v.getScopeKey(), k -> new LinkedHashMap<>())
                        .put(v.getName(), value);
            }
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        scopes.forEach(scope -> variables.putAll(byScope.getOrDefault(scope, Map.of())));
        return variables;
    }

    /** The ids of the flow elements an instance has completed (or, for events, occurred), in order. */
    public List<String> completedElements(long processInstanceKey) {
        return StreamSupport.stream(records().processInstanceRecords().spliterator(), false)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .map(r -> r.getValue().getElementId())
                .toList();
    }

    public boolean isCompleted(long processInstanceKey) {
        return StreamSupport.stream(records().processInstanceRecords().spliterator(), false)
                .anyMatch(r -> r.getKey() == processInstanceKey
                        && r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                        && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS);
    }

    /** Process instances of a process started so far, with their keys. */
    public List<Long> processInstances(String bpmnProcessId) {
        return StreamSupport.stream(records().processInstanceRecords().spliterator(), false)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
                .filter(r -> r.getValue().getBpmnProcessId().equals(bpmnProcessId))
                .map(Record::getKey)
                .toList();
    }

    /**
     * How many instances of the process each case has (complaintId -> instances), in one pass over the variable
     * records: asking {@link #processVariables} per instance scans the whole log once per instance, which grows with
     * the square of the cases a test run has made.
     */
    public Map<Long, Long> instancesPerComplaint(String bpmnProcessId) {
        java.util.Set<Long> instances = new java.util.HashSet<>(processInstances(bpmnProcessId));
        Map<Long, Long> complaintOfInstance = new java.util.HashMap<>();
        for (Record<VariableRecordValue> r : records().variableRecords()) {
            VariableRecordValue v = r.getValue();
            if ("complaintId".equals(v.getName())
                    && v.getScopeKey() == v.getProcessInstanceKey()
                    && instances.contains(v.getProcessInstanceKey())) {
                try {
                    complaintOfInstance.put(
                            v.getProcessInstanceKey(),
                            Long.parseLong(v.getValue().trim()));
                } catch (NumberFormatException notACaseId) {
                    // not a number: not a case of ours
                }
            }
        }
        Map<Long, Long> counts = new java.util.HashMap<>();
        complaintOfInstance.values().forEach(id -> counts.merge(id, 1L, Long::sum));
        return counts;
    }

    /** The number of instances of the process that carry this case. */
    public long instancesOfComplaint(String bpmnProcessId, long complaintId) {
        return instancesPerComplaint(bpmnProcessId).getOrDefault(complaintId, 0L);
    }

    /** Waits for the instance of a process (one the case's process called) that carries the case's ticket. */
    public long awaitProcessInstance(String bpmnProcessId, String ticket) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> instanceWithTicket(bpmnProcessId, ticket), k -> k != null);
    }

    /** One pass over the variable records (not one per instance): the instance whose "ticket" is this one, or null. */
    private Long instanceWithTicket(String bpmnProcessId, String ticket) {
        java.util.Set<Long> instances = new java.util.HashSet<>(processInstances(bpmnProcessId));
        for (Record<VariableRecordValue> r : records().variableRecords()) {
            VariableRecordValue v = r.getValue();
            if ("ticket".equals(v.getName())
                    && v.getScopeKey() == v.getProcessInstanceKey()
                    && instances.contains(v.getProcessInstanceKey())) {
                try {
                    if (ticket.equals(json.readValue(v.getValue(), Object.class))) {
                        return v.getProcessInstanceKey();
                    }
                } catch (Exception notJson) {
                    // not a ticket of ours
                }
            }
        }
        return null;
    }

    /** Waits until the instance has this many open user tasks at the element (a multi-instance task), and returns them. */
    public List<OpenUserTask> awaitOpenUserTasks(long processInstanceKey, String elementId, int count) {
        return await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> openUserTasks().stream()
                                .filter(t ->
                                        t.elementId().equals(elementId) && t.processInstanceKey() == processInstanceKey)
                                .toList(),
                        l -> l.size() == count);
    }
}
