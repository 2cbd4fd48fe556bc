package id.tanggap.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.IntegrationTest;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageRequest;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Overload is not amplified: when the engine pushes back (RESOURCE_EXHAUSTED, injected at the gRPC
 * boundary in front of the real in-memory engine), the relay pauses and spreads its retries instead of
 * sending the same entries again at once, never has more requests open than its limit, keeps the
 * backlog gauge right, and once the engine takes messages again publishes every entry exactly once.
 */
class EngineBackpressureIT extends IntegrationTest {

    static final int ENTRIES = 80;

    @Autowired
    EngineGateway gateway;

    @Autowired
    EngineRelay relay;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Value("${tanggap.outbox.max-in-flight}")
    int maxInFlight;

    @Test
    void theRelayBacksOffOnBackpressureAndLaterPublishesEveryEntryExactlyOnce() {
        PushBack engineBoundary = new PushBack();
        try (CamundaClient client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create(ENGINE.grpcAddress()))
                .preferRestOverGrpc(false)
                .withInterceptors(engineBoundary)
                .build()) {
            EngineRelay pushedBack = relay.withClient(client);
            double backlogBefore = backlog();

            String run = UUID.randomUUID().toString();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < ENTRIES; i++) {
                ids.add("backpressure-" + run + "-" + i);
            }
            tx.executeWithoutResult(s -> ids.forEach(id -> gateway.withRelay(pushedBack)
                    .publishLater("tanggap-test-nobody-waits", id, id, Map.of("i", id), Duration.ofMinutes(5))));

            // right after the commit: at most the in-flight limit goes out, the engine refuses it, the relay pauses
            await().atMost(Duration.ofSeconds(20)).until(() -> engineBoundary.refused.get() > 0);
            assertThat(backlog()).isEqualTo(backlogBefore + ENTRIES);

            // while the engine keeps refusing for 3 s, sweeps as fast as possible bring few retries, not a storm
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                pushedBack.sweep();
                sleep(20);
            }
            // a relay without backoff would send about ENTRIES per sweep, i.e. thousands in 3 s
            assertThat(engineBoundary.refused.get()).isLessThan(ENTRIES * 4);
            // after a push-back nothing new goes out during the pause: at most one wave of the limit in any 50 ms
            assertThat(engineBoundary.mostRefusedWithin(Duration.ofMillis(50))).isLessThanOrEqualTo(maxInFlight);
            assertThat(engineBoundary.maxOpen.get()).isLessThanOrEqualTo(maxInFlight);

            // the refused entries wait before their next attempt
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM engine_outbox WHERE message_id LIKE ? AND attempts > 0"
                                    + " AND next_attempt_at IS NOT NULL AND published_at IS NULL",
                            Integer.class,
                            "backpressure-" + run + "-%"))
                    .isPositive();

            // the engine takes messages again: every entry reaches it exactly once
            engineBoundary.refusing = false;
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        pushedBack.sweep();
                        return jdbc.queryForObject(
                                        "SELECT COUNT(*) FROM engine_outbox WHERE message_id LIKE ? AND published_at IS NULL",
                                        Integer.class,
                                        "backpressure-" + run + "-%")
                                == 0;
                    });
            assertThat(engineBoundary.passed.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(engineBoundary.passed.values())
                    .allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            Map<String, Long> publishedByEngine = StreamSupport.stream(
                            RecordStream.of(ENGINE.engine().getRecordStreamSource())
                                    .messageRecords()
                                    .spliterator(),
                            false)
                    .filter(r -> r.getIntent() == MessageIntent.PUBLISHED)
                    .map(r -> r.getValue().getMessageId())
                    .filter(ids::contains)
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            assertThat(publishedByEngine)
                    .hasSize(ENTRIES)
                    .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            assertThat(engineBoundary.maxOpen.get()).isLessThanOrEqualTo(maxInFlight);
            assertThat(backlog()).isEqualTo(backlogBefore);
        }
    }

    private double backlog() {
        return meters.get("tanggap.outbox.backlog")
                .tag("outbox", "engine")
                .gauge()
                .value();
    }

    @Test
    void retriesThatFailedTogetherAreSpreadBetweenHalfAndAllOfThePause() {
        Duration pause = Duration.ofSeconds(2);
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            waits.add(EngineRelay.jitter(pause));
        }
        assertThat(waits).allSatisfy(w -> assertThat(w).isBetween(Duration.ofSeconds(1), pause));
        assertThat(new HashSet<>(waits).size()).isGreaterThan(50);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The gRPC boundary of the engine: refuses publishes as an overloaded broker does, counts what goes through. */
    static final class PushBack implements ClientInterceptor {

        volatile boolean refusing = true;
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger maxOpen = new AtomicInteger();
        final Map<String, AtomicInteger> passed = new ConcurrentHashMap<>();
        final List<Long> refusedAt = java.util.Collections.synchronizedList(new ArrayList<>());

        int mostRefusedWithin(Duration window) {
            List<Long> times;
            synchronized (refusedAt) {
                times = new ArrayList<>(refusedAt);
            }
            times.sort(null);
            int most = 0;
            for (int i = 0, j = 0; i < times.size(); i++) {
                while (times.get(i) - times.get(j) >= window.toNanos()) {
                    j++;
                }
                most = Math.max(most, i - j + 1);
            }
            return most;
        }

        @Override
        public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
            if (!method.getFullMethodName().endsWith("/PublishMessage")) {
                return next.newCall(method, options);
            }
            return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                private Listener<A> listener;
                private boolean refusedCall;

                @Override
                public void start(Listener<A> responseListener, Metadata headers) {
                    maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                    listener = responseListener;
                    refusedCall = refusing;
                    if (refusedCall) {
                        return;
                    }
                    super.start(
                            new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(responseListener) {
                                @Override
                                public void onClose(Status status, Metadata trailers) {
                                    open.decrementAndGet();
                                    super.onClose(status, trailers);
                                }
                            },
                            headers);
                }

                @Override
                public void sendMessage(Q message) {
                    if (refusedCall) {
                        return;
                    }
                    passed.computeIfAbsent(((PublishMessageRequest) message).getMessageId(), k -> new AtomicInteger())
                            .incrementAndGet();
                    super.sendMessage(message);
                }

                @Override
                public void request(int n) {
                    if (!refusedCall) {
                        super.request(n);
                    }
                }

                @Override
                public void halfClose() {
                    if (!refusedCall) {
                        super.halfClose();
                        return;
                    }
                    refusedAt.add(System.nanoTime());
                    refused.incrementAndGet();
                    open.decrementAndGet();
                    listener.onClose(
                            Status.RESOURCE_EXHAUSTED.withDescription(
                                    "Expected to handle gRPC request, but request could not be processed due to backpressure"),
                            new Metadata());
                }

                @Override
                public void cancel(String message, Throwable cause) {
                    if (!refusedCall) {
                        super.cancel(message, cause);
                    }
                }
            };
        }
    }
}
