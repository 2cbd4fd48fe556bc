package id.tanggap.testsupport;

import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.impl.encoding.MsgPackConverter;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.impl.record.value.job.JobResult;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobResultType;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Carries a job's result (a user task listener's "deny") to the in-memory engine. The gRPC gateway of
 * zeebe-process-test-engine 8.8.21 ({@code GrpcToLogStreamGateway.completeJob}) copies only the variables
 * of a CompleteJob request into the engine's command and drops its {@code result}, so on that engine
 * every denial would be accepted. This client interceptor takes CompleteJob calls that carry a result
 * and writes the JOB COMPLETE command with the result to the engine's log itself, the way the gateway
 * writes commands (through {@link EngineLogWriter}, as {@link UserTaskCommands} does); the engine then processes the
 * denial as the real broker does. Calls without a result go to the gateway unchanged. Only the denial
 * (denied, reason) is carried; corrections are not used by the application.
 */
public final class InMemoryJobResults implements ClientInterceptor {

    private final EngineLogWriter log;

    /** For a client of whichever engine: calls to anything but this JVM's in-memory engine pass unchanged. */
    public static ClientInterceptor forInMemoryEngine() {
        return new ClientInterceptor() {
            private volatile InMemoryJobResults results;

            @Override
            public <Q, A> ClientCall<Q, A> interceptCall(
                    MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
                InMemoryZeebe engine = InMemoryZeebe.runningAt(next.authority());
                if (engine == null) {
                    return next.newCall(method, options);
                }
                if (results == null) {
                    results = new InMemoryJobResults(engine.engine());
                }
                return results.interceptCall(method, options, next);
            }
        };
    }

    public InMemoryJobResults(ZeebeTestEngine engine) {
        this.log = new EngineLogWriter(engine);
    }

    /** Writes JOB COMPLETE with a user task result, as the real gateway would. */
    void complete(CompleteJobRequest request) {
        try {
            JobResult result = new JobResult().setType(JobResultType.USER_TASK);
            if (request.getResult().hasDenied()) {
                result.setDenied(request.getResult().getDenied());
            }
            if (request.getResult().hasDeniedReason()) {
                result.setDeniedReason(request.getResult().getDeniedReason());
            }
            JobRecord record = new JobRecord().setResult(result);
            if (!request.getVariables().isEmpty()) {
                record.setVariables(new UnsafeBuffer(MsgPackConverter.convertToMsgPack(request.getVariables())));
            }
            log.command(request.getJobKey(), record, ValueType.JOB, JobIntent.COMPLETE);
        } catch (Exception e) {
            throw new IllegalStateException("cannot complete job " + request.getJobKey(), e);
        }
    }

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        if (!GatewayGrpc.getCompleteJobMethod().getFullMethodName().equals(method.getFullMethodName())) {
            return next.newCall(method, options);
        }
        return new ClientCall<>() {
            private Listener<A> listener;
            private Metadata headers;
            private int requested;
            private ClientCall<Q, A> forwarded;
            private boolean local;

            @Override
            public void start(Listener<A> responseListener, Metadata headers) {
                this.listener = responseListener;
                this.headers = headers;
            }

            @Override
            public void request(int numMessages) {
                if (forwarded != null) {
                    forwarded.request(numMessages);
                } else {
                    requested += numMessages;
                }
            }

            @Override
            public void sendMessage(Q message) {
                if (message instanceof CompleteJobRequest request && request.hasResult()) {
                    local = true;
                    complete(request);
                    return;
                }
                forwarded = next.newCall(method, options);
                forwarded.start(listener, headers);
                if (requested > 0) {
                    forwarded.request(requested);
                }
                forwarded.sendMessage(message);
            }

            @Override
            @SuppressWarnings("unchecked")
            public void halfClose() {
                if (local) {
                    listener.onHeaders(new Metadata());
                    listener.onMessage((A) CompleteJobResponse.getDefaultInstance());
                    listener.onClose(Status.OK, new Metadata());
                } else if (forwarded != null) {
                    forwarded.halfClose();
                }
            }

            @Override
            public void cancel(String message, Throwable cause) {
                if (forwarded != null) {
                    forwarded.cancel(message, cause);
                }
            }
        };
    }
}
