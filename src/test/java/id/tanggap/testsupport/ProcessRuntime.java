package id.tanggap.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a process scenario needs from the engine it runs on, so that the same scenarios run on the
 * in-memory Zeebe engine (default, {@link ZeebeProcessTestRuntime}) and on Camunda Process Test
 * ({@code mvn -Pcpt verify}, where Docker or a Camunda 8.8 cluster exists).
 */
public interface ProcessRuntime {

    /** A created user task as Tasklist shows it; formId may be null where the runtime only knows the form key. */
    record UserTaskView(
            long key, String elementId, String formId, Long formKey, List<String> candidateGroups, String dueDate) {}

    /** Waits until the instance has an open user task at the element, and returns it. */
    UserTaskView awaitUserTask(long processInstanceKey, String elementId);

    /** Completes a user task with variables, as Tasklist does when the form is submitted. */
    void completeUserTask(long userTaskKey, Map<String, Object> variables);

    /** Moves the engine clock forward, firing due timers. */
    void increaseTime(Duration duration);

    /** The engine's current time (ahead of the wall clock once time was increased). */
    java.time.Instant engineNow();

    /** Waits until the instance completed, having completed these elements in this order. */
    void awaitCompletedThrough(long processInstanceKey, String... elementIds);

    /** The process-level variables of an instance. */
    Map<String, Object> variables(long processInstanceKey);
}
