package id.tanggap.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

/** {@link ProcessRuntime} on the JVM's in-memory Zeebe engine. */
public final class ZeebeProcessTestRuntime implements ProcessRuntime {

    private final InMemoryZeebe engine;

    public ZeebeProcessTestRuntime(InMemoryZeebe engine) {
        this.engine = engine;
    }

    @Override
    public UserTaskView awaitUserTask(long processInstanceKey, String elementId) {
        InMemoryZeebe.OpenUserTask t;
        try {
            // 30 s: late in a full run the in-memory engine's state is large and every job on the way to a task
            // (start listeners included) costs it more; on CI's two cores a triage task once took just over 15 s
            t = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> engine.openUserTask(processInstanceKey, elementId)
                                    .orElse(null),
                            task -> task != null);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "no open user task " + elementId + " in instance " + processInstanceKey + "; completed so far: "
                            + engine.completedElements(processInstanceKey) + "; open tasks: "
                            + engine.openUserTasks().stream()
                                    .filter(u -> u.processInstanceKey() == processInstanceKey)
                                    .map(InMemoryZeebe.OpenUserTask::elementId)
                                    .toList()
                            + "; variables: " + engine.processVariables(processInstanceKey),
                    e);
        }
        return new UserTaskView(t.key(), t.elementId(), t.formId(), t.formKey(), t.candidateGroups(), t.dueDate());
    }

    @Override
    public void completeUserTask(long userTaskKey, Map<String, Object> variables) {
        engine.completeUserTask(userTaskKey, variables);
    }

    @Override
    public void increaseTime(Duration duration) {
        engine.increaseTime(duration);
    }

    @Override
    public java.time.Instant engineNow() {
        return engine.now();
    }

    @Override
    public void awaitCompletedThrough(long processInstanceKey, String... elementIds) {
        await().atMost(Duration.ofSeconds(15)).until(() -> engine.isCompleted(processInstanceKey));
        assertThat(engine.completedElements(processInstanceKey)).containsSubsequence(elementIds);
    }

    @Override
    public Map<String, Object> variables(long processInstanceKey) {
        return engine.processVariables(processInstanceKey);
    }
}
