package io.camunda.zeebe.process.test.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The gateway's answers leave the caller's (the engine's) thread, keep their order, and a dead call stops nothing. */
class AnswersOffTheEngineThreadTest {

    private final AnswersOffTheEngineThread store = new AnswersOffTheEngineThread();

    @Test
    void anAnswerRunsOnItsOwnThreadInTheOrderItWasGiven() {
        Recording call = new Recording(false);
        StreamObserver<String> answer = registered(call);

        answer.onNext("job completed");
        answer.onCompleted();

        await().atMost(Duration.ofSeconds(5)).until(() -> call.events.size() == 2);
        assertThat(call.events).containsExactly("next job completed", "completed");
        assertThat(call.threads)
                .containsOnly("zb-gateway-answers")
                .doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void anAnswerToACallTheClientGaveUpOnIsDroppedAndTheNextOnesStillGoOut() {
        Recording cancelled = new Recording(true);
        Recording waiting = new Recording(false);
        StreamObserver<String> toCancelled = registered(cancelled);
        StreamObserver<String> toWaiting = registered(waiting);

        toCancelled.onNext("too late"); // gRPC throws "call already cancelled" here
        toCancelled.onCompleted();
        toWaiting.onNext("in time");
        toWaiting.onCompleted();

        await().atMost(Duration.ofSeconds(5)).until(() -> waiting.events.size() == 2);
        assertThat(waiting.events).containsExactly("next in time", "completed");
        assertThat(cancelled.events).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private StreamObserver<String> registered(Recording call) {
        Long id = store.registerNewRequest(CompleteJobRequest.class, call);
        return (StreamObserver<String>) store.removeRequest(id).responseObserver();
    }

    /** A gRPC call's observer as the gateway would answer it; a cancelled one throws as gRPC's does. */
    private static final class Recording implements StreamObserver<String> {

        final List<String> events = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        private final boolean cancelled;

        Recording(boolean cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public void onNext(String value) {
            record("next " + value);
        }

        @Override
        public void onError(Throwable t) {
            record("error " + t.getMessage());
        }

        @Override
        public void onCompleted() {
            record("completed");
        }

        private void record(String event) {
            if (cancelled) {
                throw new IllegalStateException("call already cancelled");
            }
            threads.add(Thread.currentThread().getName());
            events.add(event);
        }
    }
}
