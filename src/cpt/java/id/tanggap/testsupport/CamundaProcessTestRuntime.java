package id.tanggap.testsupport;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.process.test.api.CamundaAssert;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link ProcessRuntime} on Camunda Process Test. */
final class CamundaProcessTestRuntime implements ProcessRuntime {

    private final CamundaProcessTestContext context;
    private final CamundaClient client;

    CamundaProcessTestRuntime(CamundaProcessTestContext context, CamundaClient client) {
        this.context = context;
        this.client = client;
    }

    @Override
    public UserTaskView awaitUserTask(long processInstanceKey, String elementId) {
        UserTask task = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> client
                                .newUserTaskSearchRequest()
                                .filter(f -> f.processInstanceKey(processInstanceKey)
                                        .elementId(elementId)
                                        .state(UserTaskState.CREATED))
                                .send()
                                .join()
                                .items()
                                .stream()
                                .findFirst()
                                .orElse(null),
                        t -> t != null);
        return new UserTaskView(
                task.getUserTaskKey(),
                task.getElementId(),
                null,
                task.getFormKey(),
                task.getCandidateGroups(),
                String.valueOf(task.getDueDate()));
    }

    @Override
    public void completeUserTask(long userTaskKey, Map<String, Object> variables) {
        client.newCompleteUserTaskCommand(userTaskKey)
                .variables(variables)
                .send()
                .join();
    }

    @Override
    public void increaseTime(Duration duration) {
        context.increaseTime(duration);
    }

    @Override
    public java.time.Instant engineNow() {
        return context.getCurrentTime();
    }

    @Override
    public void awaitCompletedThrough(long processInstanceKey, String... elementIds) {
        CamundaAssert.assertThat(ProcessInstanceSelectors.byKey(processInstanceKey))
                .isCompleted()
                .hasCompletedElementsInOrder(elementIds);
    }

    @Override
    public Map<String, Object> variables(long processInstanceKey) {
        Map<String, Object> variables = new LinkedHashMap<>();
        client.newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey).scopeKey(processInstanceKey))
                .send()
                .join()
                .items()
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        return variables;
    }
}
