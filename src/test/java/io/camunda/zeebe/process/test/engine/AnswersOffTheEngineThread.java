package io.camunda.zeebe.process.test.engine;

import com.google.protobuf.GeneratedMessage;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test engine's gateway answers a command from the engine's own thread: its response writer hands the answer to
 * gRPC (and so to Netty's event loop) inside the stream processor's side effects. In the bench's profile that
 * hand-over was 18 % of the engine thread's samples on the first stretch. The broker does not do that: its stream
 * processor gives the answer to the command API's transport and goes on. This store wraps each request's response
 * observer so that its calls run, in their order, on one thread of their own.
 *
 * <p>An answer to a call the client has given up on (cancelled, closed) is dropped there, as the broker's transport
 * drops it, instead of failing the engine's side effects.
 */
final class AnswersOffTheEngineThread extends GatewayRequestStore {

    private static final Logger LOG = LoggerFactory.getLogger(AnswersOffTheEngineThread.class);

    /** One daemon thread for the engine's life (the JVM's, in the tests and the bench). */
    private final ExecutorService answers = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("zb-gateway-answers").factory());

    @Override
    Long registerNewRequest(Class<? extends GeneratedMessage> requestType, StreamObserver<?> observer) {
        return super.registerNewRequest(requestType, new Answering<>(observer));
    }

    private final class Answering<T> implements StreamObserver<T> {

        private final StreamObserver<T> delegate;

        Answering(StreamObserver<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onNext(T value) {
            HandedOutJobs.answered(value);
            run(() -> delegate.onNext(value));
        }

        @Override
        public void onError(Throwable t) {
            run(() -> delegate.onError(t));
        }

        @Override
        public void onCompleted() {
            run(delegate::onCompleted);
        }

        private void run(Runnable call) {
            answers.execute(() -> {
                try {
                    call.run();
                } catch (RuntimeException e) {
                    LOG.debug("an answer to a call the client no longer waits for was dropped: {}", e.getMessage());
                }
            });
        }
    }
}
