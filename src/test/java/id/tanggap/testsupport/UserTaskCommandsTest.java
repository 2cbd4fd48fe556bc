package id.tanggap.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards the one place that leans on the in-memory engine's internals: completing a native user
 * task with variables, as Tasklist does.
 */
class UserTaskCommandsTest {

    @Test
    void completesANativeUserTaskWithItsVariables() {
        InMemoryZeebe engine = InMemoryZeebe.get();
        BpmnModelInstance model = Bpmn.createExecutableProcess("user-task-commands-check")
                .startEvent()
                .userTask("Task_Check")
                .zeebeUserTask()
                .zeebeCandidateGroups("opd-check")
                .endEvent()
                .done();
        try (ZeebeClient client = engine.engine().createClient()) {
            client.newDeployResourceCommand()
                    .addProcessModel(model, "user-task-commands-check.bpmn")
                    .send()
                    .join();
            long instance = client.newCreateInstanceCommand()
                    .bpmnProcessId("user-task-commands-check")
                    .latestVersion()
                    .send()
                    .join()
                    .getProcessInstanceKey();
            var task = await().atMost(Duration.ofSeconds(10))
                    .until(() -> engine.openUserTask(instance, "Task_Check").orElse(null), t -> t != null);
            assertThat(task.candidateGroups()).containsExactly("opd-check");

            engine.completeUserTask(task.key(), Map.of("answer", "sudah ditangani", "score", 4));

            await().atMost(Duration.ofSeconds(10)).until(() -> engine.isCompleted(instance));
            assertThat(engine.openUserTask(instance, "Task_Check")).isEmpty();
            assertThat(engine.processVariables(instance))
                    .containsEntry("answer", "sudah ditangani")
                    .containsEntry("score", 4);
        }
    }
}
