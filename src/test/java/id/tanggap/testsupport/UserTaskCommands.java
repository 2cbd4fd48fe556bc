package id.tanggap.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.impl.encoding.MsgPackConverter;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Completes native user tasks on the in-memory engine. In Camunda 8.8 that is a REST-only command
 * and the in-memory engine has only gRPC, so this writes the USER_TASK COMPLETE command to the
 * engine's log the way its gRPC gateway writes job commands: through the gateway's private
 * command writer. It leans on internals of zeebe-process-test-engine 8.8.21 (fields
 * {@code InMemoryEngine.gateway} and {@code GrpcToLogStreamGateway.writer}); UserTaskCommandsTest
 * fails first if a version change breaks it.
 */
final class UserTaskCommands {

    private final Object writer;
    private final Method writeCommandWithKey;
    private final ObjectMapper json = new ObjectMapper();

    UserTaskCommands(ZeebeTestEngine engine) {
        try {
            Field gatewayField = engine.getClass().getDeclaredField("gateway");
            gatewayField.setAccessible(true);
            Object gateway = gatewayField.get(engine);
            Field writerField = gateway.getClass().getDeclaredField("writer");
            writerField.setAccessible(true);
            this.writer = writerField.get(gateway);
            this.writeCommandWithKey = writer.getClass()
                    .getDeclaredMethod(
                            "writeCommandWithKey", Long.class, UnifiedRecordValue.class, RecordMetadata.class);
            this.writeCommandWithKey.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the in-memory engine's internals changed; see UserTaskCommands", e);
        }
    }

    void assign(long userTaskKey, String assignee) {
        try {
            UserTaskRecord record = new UserTaskRecord()
                    .setUserTaskKey(userTaskKey)
                    .setAssignee(assignee)
                    .setAction("assign");
            RecordMetadata metadata = new RecordMetadata()
                    .recordType(RecordType.COMMAND)
                    .valueType(ValueType.USER_TASK)
                    .intent(UserTaskIntent.ASSIGN);
            writeCommandWithKey.invoke(writer, userTaskKey, record, metadata);
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
            RecordMetadata metadata = new RecordMetadata()
                    .recordType(RecordType.COMMAND)
                    .valueType(ValueType.USER_TASK)
                    .intent(UserTaskIntent.COMPLETE);
            writeCommandWithKey.invoke(writer, userTaskKey, record, metadata);
        } catch (Exception e) {
            throw new IllegalStateException("cannot complete user task " + userTaskKey, e);
        }
    }
}
