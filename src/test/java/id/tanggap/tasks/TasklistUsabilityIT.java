package id.tanggap.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import jakarta.mail.internet.MimeMessage;
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
 * What Tasklist shows an official, on the engine: the priority from the case's urgency, the ticket as the
 * task's context (the {@code taskContextDisplayName} input), and the e-mail with a deep link to the task,
 * sent by the {@code creating} listener from the user task key its job carries.
 */
class TasklistUsabilityIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SendTaskLinkWorker links;

    @Test
    void anUrgentCaseIsAHighPriorityTaskNamedByItsTicketAndTheOfficialGetsALinkToIt() throws Exception {
        Cases cases = new Cases(new Api(port), runtime, jdbc);
        var urgent = cases.submitJson(
                Api.complaint("WEB", "tasklist-" + UUID.randomUUID(), "JALAN_RUSAK", "Siti Rohmah", false));
        cases.triage(
                urgent,
                Map.of(
                        "triageDecision",
                        "VALID",
                        "category",
                        "JALAN_RUSAK",
                        "urgency",
                        "URGENT",
                        "complaintType",
                        "SIMPLE"));
        var normal = cases.submitJson(
                Api.complaint("WEB", "tasklist-" + UUID.randomUUID(), "JALAN_RUSAK", "Siti Rohmah", false));
        cases.triageValid(normal, "JALAN_RUSAK");

        long urgentTask = cases.task(urgent, "Task_RespondToComplaint").key();
        long normalTask = cases.task(normal, "Task_RespondToComplaint").key();
        assertThat(created(urgentTask).getValue().getPriority()).isEqualTo(90);
        assertThat(created(normalTask).getValue().getPriority()).isEqualTo(30);

        // Tasklist V1 shows the task's local variable taskContextDisplayName on the task card
        assertThat(contextName(created(urgentTask).getValue().getElementInstanceKey()))
                .isEqualTo("\"Aduan " + urgent.ticket() + "\"");

        // the official the case names gets the deep link to exactly this task
        String nip = (String) ENGINE.processVariables(urgent.instance()).get("officialNip");
        String email = jdbc.queryForObject("SELECT email FROM official WHERE nip = ?", String.class, nip);
        List<MimeMessage> mails = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> TestMail.to(email).stream()
                                .filter(m -> TestMail.subjectOf(m).contains("Tautan tugas")
                                        && TestMail.subjectOf(m).contains(urgent.ticket()))
                                .toList(),
                        l -> !l.isEmpty());
        assertThat(mails).hasSize(1);
        String body = body(mails.get(0));
        assertThat(body).contains(links.linkTo(urgentTask)).doesNotContain(String.valueOf(normalTask));
        assertThat(links.linkTo(urgentTask)).isEqualTo("http://localhost:8088/tasklist/" + urgentTask);
        assertThat(body).doesNotContain("Siti Rohmah");
    }

    private static Record<UserTaskRecordValue> created(long task) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> StreamSupport.stream(ENGINE.records().records().spliterator(), false)
                                .filter(r -> r.getValueType() == ValueType.USER_TASK
                                        && r.getKey() == task
                                        && r.getIntent() == UserTaskIntent.CREATED)
                                .map(r -> {
                                    @SuppressWarnings("unchecked")
                                    Record<UserTaskRecordValue> t = (Record<UserTaskRecordValue>) r;
                                    return t;
                                })
                                .findFirst()
                                .orElse(null),
                        r -> r != null);
    }

    private static String contextName(long elementInstanceKey) {
        for (Record<VariableRecordValue> r : ENGINE.records().variableRecords()) {
            if (r.getValue().getScopeKey() == elementInstanceKey
                    && r.getValue().getName().equals("taskContextDisplayName")) {
                return r.getValue().getValue();
            }
        }
        return null;
    }

    private static String body(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            collect(multipart, text);
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static void collect(jakarta.mail.Multipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Object part = multipart.getBodyPart(i).getContent();
            if (part instanceof jakarta.mail.Multipart inner) {
                collect(inner, text);
            } else {
                text.append(part);
            }
        }
    }
}
