package id.tanggap.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.IntegrationTest;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.filters.JobRecordStreamFilter;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Finding 11: a job whose worker throws is failed with a pause before the engine offers it again
 * (not at once, which used up the retries in a tight loop): the task's retryBackoff header where the
 * BPMN states one, otherwise the configured default. Read from the engine's record stream.
 */
class JobRetryBackoffIT extends IntegrationTest {

    /** A one-task process whose task is done by an application worker that fails for a case that does not exist. */
    private long startFailingTask(String processId, String retryBackoffHeader) {
        var task = Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("Task_FailingRegister")
                .zeebeJobType("registerComplaint")
                .zeebeJobRetries("2");
        BpmnModelInstance model = (retryBackoffHeader == null
                        ? task
                        : task.zeebeTaskHeader("retryBackoff", retryBackoffHeader))
                .endEvent()
                .done();
        try (ZeebeClient client = ENGINE.engine().createClient()) {
            client.newDeployResourceCommand()
                    .addProcessModel(model, processId + ".bpmn")
                    .send()
                    .join();
            return client.newCreateInstanceCommand()
                    .bpmnProcessId(processId)
                    .latestVersion()
                    .variables(Map.of("complaintId", -1))
                    .send()
                    .join()
                    .getProcessInstanceKey();
        }
    }

    private static List<Record<JobRecordValue>> failures(long instance) {
        return new JobRecordStreamFilter(ENGINE.records().jobRecords())
                .withIntent(JobIntent.FAILED).stream()
                        .filter(r -> r.getValue().getProcessInstanceKey() == instance)
                        .toList();
    }

    @Test
    void aFailingWorkerRetriesAfterTheBackoffTheBpmnStates() {
        long instance = startFailingTask("job-backoff-check-header", "PT0.7S");
        List<Record<JobRecordValue>> failed =
                await().atMost(Duration.ofSeconds(20)).until(() -> failures(instance), f -> f.size() == 2);

        assertThat(failed).extracting(r -> r.getValue().getRetryBackoff()).containsOnly(700L);
        assertThat(failed).extracting(r -> r.getValue().getRetries()).containsExactly(1, 0);
        assertThat(failed.get(0).getValue().getErrorMessage()).contains("no complaint with id -1");
        // the second attempt came after the pause, not at once
        assertThat(failed.get(1).getTimestamp() - failed.get(0).getTimestamp()).isGreaterThanOrEqualTo(700L);
    }

    @Test
    void withoutAHeaderTheConfiguredBackoffApplies() {
        long instance = startFailingTask("job-backoff-check-default", null);
        List<Record<JobRecordValue>> failed =
                await().atMost(Duration.ofSeconds(20)).until(() -> failures(instance), f -> !f.isEmpty());

        assertThat(failed.get(0).getValue().getRetryBackoff())
                .isEqualTo(500L); // tanggap.jobs.retry-backoff in the test configuration
    }
}
