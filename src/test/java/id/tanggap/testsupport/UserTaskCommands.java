package id.tanggap.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.impl.encoding.MsgPackConverter;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import java.util.Map;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Completes native user tasks on the in-memory engine. In Camunda 8.8 that is a REST-only command
 * and the in-memory engine has only gRPC, so this writes the USER_TASK COMPLETE command to the
 * engine's log with {@link EngineLogWriter}.
 */
final class UserTaskCommands {

    private final EngineLogWriter log;
    private final ObjectMapper json = new ObjectMapper();

    UserTaskCommands(ZeebeTestEngine engine) {
        this.log = new EngineLogWriter(engine);
    }

    void assign(long userTaskKey, String assignee) {
        try {
            UserTaskRecord record = new UserTaskRecord()
                    .setUserTaskKey(userTaskKey)
                    .setAssignee(assignee)
                    .setAction("assign");
            log.command(userTaskKey, record, ValueType.USER_TASK, UserTaskIntent.ASSIGN);
        } catch (Exception e) {
            throw new IllegalStateException("cannot assign user task " + userTaskKey, e);
        }
    }

    void complete(long userTaskKey, Map<String, Object> variables) {
        try {
            UserTaskRecord record = new UserTaskRecord()
                    .setUserTaskKey(userTaskKey)
                    .setAction("complete")
                    .setVariables(
                            new UnsafeBuffer(MsgPackConverter.convertToMsgPack(json.writeValueAsString(variables))));
            log.command(userTaskKey, record, ValueType.USER_TASK, UserTaskIntent.COMPLETE);
        } catch (Exception e) {
            throw new IllegalStateException("cannot complete user task " + userTaskKey, e);
        }
    }
}
