package id.tanggap.bench;

import id.tanggap.testsupport.InMemoryZeebe;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What Tasklist would show, read from the in-memory engine's record stream by one thread every few
 * milliseconds, incrementally (the stream is an append-only list): when each user task was created, so that the
 * bench can time "reached the triage task" and hand every new task to a driver that completes it.
 */
final class EngineWatch implements AutoCloseable {

    record Task(long key, long instance, String elementId, long seenNanos) {}

    private final RecordStreamSource source;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Consumer<Task> onTask = t -> {};
    private int seen;
    /** Process instance -> when its triage task was seen. */
    final ConcurrentHashMap<Long, Long> triageSeen = new ConcurrentHashMap<>();

    final AtomicLong triageCount = new AtomicLong();
    private volatile long lastTriageNanos;

    EngineWatch(InMemoryZeebe engine) {
        this.source = engine.engine().getRecordStreamSource();
        this.thread = Thread.ofPlatform().daemon().name("bench-engine-watch").start(this::run);
    }

    /** Every user task created from now on is handed to {@code handler} (on the watch thread: keep it short). */
    void onTask(Consumer<Task> handler) {
        this.onTask = handler;
    }

    long lastTriageNanos() {
        return lastTriageNanos;
    }

    private void run() {
        while (running) {
            try {
                List<Record<?>> records = (List<Record<?>>) source.getRecords();
                int size = records.size();
                for (; seen < size; seen++) {
                    Record<?> r = records.get(seen);
                    if (r.getRecordType() == RecordType.EVENT
                            && r.getValueType() == ValueType.USER_TASK
                            && r.getIntent() == UserTaskIntent.CREATED) {
                        UserTaskRecordValue v = (UserTaskRecordValue) r.getValue();
                        long now = System.nanoTime();
                        Task t = new Task(r.getKey(), v.getProcessInstanceKey(), v.getElementId(), now);
                        if (t.elementId().equals("Task_TriageComplaint")
                                && triageSeen.putIfAbsent(t.instance(), now) == null) {
                            triageCount.incrementAndGet();
                            lastTriageNanos = now;
                        }
                        onTask.accept(t);
                    }
                }
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the list grew while read: read again
            }
        }
    }

    /**
     * Waits until {@code count} triage tasks were seen in all, at most {@code maxSeconds} (then says how many are
     * missing and goes on); the time of the last one seen (nanoTime).
     */
    long awaitTriage(long count, long maxSeconds) throws InterruptedException {
        long until = System.nanoTime() + maxSeconds * 1_000_000_000L;
        while (triageCount.get() < count) {
            if (System.nanoTime() > until) {
                System.out.printf(
                        "  !! only %d of %d triage tasks after %d s; going on%n", triageCount.get(), count, maxSeconds);
                break;
            }
            Thread.sleep(5);
        }
        return lastTriageNanos;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
