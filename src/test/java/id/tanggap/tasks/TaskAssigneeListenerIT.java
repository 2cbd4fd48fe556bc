package id.tanggap.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.process.EngineRelay;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The user task listener {@code checkTaskAssignee} on the engine: whoever assigns a task (Tasklist, its
 * API or the cluster's REST API all end in the same engine command), an official outside the task's
 * candidate groups is refused and the task stays unassigned; a member is accepted and can complete it.
 */
class TaskAssigneeListenerIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EngineRelay relay;

    @Test
    void anOfficialOfDinasLhkCannotTakeATaskOfDinasPuprButAnOfficialOfDinasPuprCan() {
        Cases cases = new Cases(new Api(port), runtime, jdbc);
        var c = submit(cases, "JALAN_RUSAK");
        cases.triageValid(c, "JALAN_RUSAK");
        long task = cases.task(c, "Task_RespondToComplaint").key();

        // dlhk: OPD staff of Dinas LHK (demo user); the task is for opd-dpupr
        ENGINE.assignUserTask(task, "dlhk");
        Record<UserTaskRecordValue> denied = await().atMost(Duration.ofSeconds(20))
                .until(() -> last(task, UserTaskIntent.ASSIGNMENT_DENIED), r -> r != null);
        assertThat(events(task)).doesNotContain(UserTaskIntent.ASSIGNED);

        // a user nobody knows is refused too
        ENGINE.assignUserTask(task, "orang-asing");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(task, UserTaskIntent.ASSIGNMENT_DENIED) == 2);
        assertThat(events(task)).doesNotContain(UserTaskIntent.ASSIGNED);

        // pupr: OPD staff of Dinas PUPR
        ENGINE.assignUserTask(task, "pupr");
        Record<UserTaskRecordValue> assigned =
                await().atMost(Duration.ofSeconds(20)).until(() -> last(task, UserTaskIntent.ASSIGNED), r -> r != null);
        assertThat(assigned.getValue().getAssignee()).isEqualTo("pupr");
        assertThat(denied.getPosition()).isLessThan(assigned.getPosition());

        // the assignee completes: the completing listener lets it through and the case goes on
        ENGINE.completeUserTask(
                task,
                Map.of(
                        "responseText",
                        "Lubang jalan sudah ditambal oleh tim Bina Marga.",
                        "responseOutcome",
                        "RESPONDED",
                        "publicReplyUrl",
                        "https://www.facebook.com/pemprovntb/posts/42"));
        await().atMost(Duration.ofSeconds(20)).until(() -> last(task, UserTaskIntent.COMPLETED) != null);
        assertThat(events(task)).doesNotContain(UserTaskIntent.COMPLETION_DENIED);
    }

    @Test
    void aDiskominfoTaskRefusesAnOpdOfficialAndTakesDiskominfoStaff() {
        Cases cases = new Cases(new Api(port), runtime, jdbc);
        var c = submit(cases, "SAMPAH");
        long task = cases.task(c, "Task_TriageComplaint").key();

        ENGINE.assignUserTask(task, "pupr");
        await().atMost(Duration.ofSeconds(20)).until(() -> last(task, UserTaskIntent.ASSIGNMENT_DENIED) != null);
        ENGINE.assignUserTask(task, "diskominfo");
        Record<UserTaskRecordValue> assigned =
                await().atMost(Duration.ofSeconds(20)).until(() -> last(task, UserTaskIntent.ASSIGNED), r -> r != null);
        assertThat(assigned.getValue().getAssignee()).isEqualTo("diskominfo");
        cases.triageValid(c, "SAMPAH");
        await().atMost(Duration.ofSeconds(20)).until(() -> last(task, UserTaskIntent.COMPLETED) != null);
    }

    /** As Cases.submitJson, but patient: on a loaded shared machine registering the case can take long. */
    private Cases.Case submit(Cases cases, String category) {
        var r = cases.api()
                .post(
                        "/api/complaints",
                        Api.complaint("WEB", "listener-" + UUID.randomUUID(), category, "Siti Rohmah", false));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String ticket = r.json().get("ticket").asText();
        // the first publish of a JVM can time out while the engine warms up; the tests' outbox sweep is hourly
        Long instance = await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> {
                            relay.sweep();
                            return ComplaintRows.processInstance(jdbc, ticket);
                        },
                        k -> k != null);
        return new Cases.Case(ticket, instance);
    }

    private static List<Record<UserTaskRecordValue>> records(long task) {
        return StreamSupport.stream(ENGINE.records().records().spliterator(), false)
                .filter(r -> r.getValueType() == ValueType.USER_TASK && r.getKey() == task)
                .map(r -> {
                    @SuppressWarnings("unchecked")
                    Record<UserTaskRecordValue> t = (Record<UserTaskRecordValue>) r;
                    return t;
                })
                .toList();
    }

    private static List<UserTaskIntent> events(long task) {
        return records(task).stream().map(r -> (UserTaskIntent) r.getIntent()).toList();
    }

    private static long count(long task, UserTaskIntent intent) {
        return events(task).stream().filter(intent::equals).count();
    }

    private static Record<UserTaskRecordValue> last(long task, UserTaskIntent intent) {
        return records(task).stream()
                .filter(r -> r.getIntent() == intent)
                .reduce((a, b) -> b)
                .orElse(null);
    }
}
