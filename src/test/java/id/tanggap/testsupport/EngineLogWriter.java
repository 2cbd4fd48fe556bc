package id.tanggap.testsupport;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Writes a command to the in-memory engine's log the way its gRPC gateway writes job commands:
 * through the gateway's private command writer. For the commands that gateway cannot carry (native
 * user task commands, job results). It leans on internals of zeebe-process-test-engine 8.8.21
 * (fields {@code InMemoryEngine.gateway} and {@code GrpcToLogStreamGateway.writer});
 * UserTaskCommandsTest fails first if a version change breaks it.
 */
final class EngineLogWriter {

    private final Object writer;
    private final Method writeCommandWithKey;

    EngineLogWriter(ZeebeTestEngine engine) {
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
            throw new IllegalStateException("the in-memory engine's internals changed; see EngineLogWriter", e);
        }
    }

    /** Writes the command for the record with this key; the engine processes it as one from the gateway. */
    void command(long key, UnifiedRecordValue value, ValueType valueType, Intent intent)
            throws ReflectiveOperationException {
        RecordMetadata metadata = new RecordMetadata()
                .recordType(RecordType.COMMAND)
                .valueType(valueType)
                .intent(intent);
        writeCommandWithKey.invoke(writer, key, value, metadata);
    }
}
