package id.tanggap.bench;

import id.tanggap.testsupport.InMemoryZeebe;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.TestEngines;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What Tasklist would show, read from the engine's log by one thread every few milliseconds, incrementally (the
 * log is append-only): when each user task was created, so that the
 * bench can time "reached the triage task" and hand every new task to a driver that completes it.
 */
final class EngineWatch implements AutoCloseable {

    record Task(long key, long instance, String elementId, long seenNanos) {}

    private final ZeebeTestEngine engine;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Consumer<Task> onTask = t -> {};
    /** Process instance -> when its triage task was seen. */
    final ConcurrentHashMap<Long, Long> triageSeen = new ConcurrentHashMap<>();

    final AtomicLong triageCount = new AtomicLong();
    private volatile long lastTriageNanos;

    EngineWatch(InMemoryZeebe engine) {
        this.engine = engine.engine();
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
        // the log read directly: only each record's metadata is decoded, and the value only of a created user task
        try (LogStreamReader reader = TestEngines.newLogReader(engine)) {
            reader.seekToFirstEvent();
            RecordMetadata metadata = new RecordMetadata();
            UserTaskRecord task = new UserTaskRecord();
            long last = -1;
            while (running) {
                while (reader.hasNext()) {
                    LoggedEvent event = reader.next();
                    last = event.getPosition();
                    metadata.reset();
                    event.readMetadata(metadata);
                    if (metadata.getRecordType() == RecordType.EVENT
                            && metadata.getValueType() == ValueType.USER_TASK
                            && metadata.getIntent() == UserTaskIntent.CREATED) {
                        task.reset();
                        event.readValue(task);
                        long now = System.nanoTime();
                        Task t = new Task(event.getKey(), task.getProcessInstanceKey(), task.getElementId(), now);
                        if (t.elementId().equals("Task_TriageComplaint")
                                && triageSeen.putIfAbsent(t.instance(), now) == null) {
                            triageCount.incrementAndGet();
                            lastTriageNanos = now;
                        }
                        onTask.accept(t);
                    }
                }
                Thread.sleep(5);
                if (last >= 0) {
                    reader.seekToNextEvent(last); // records appended since are seen on the next pass
                } else {
                    reader.seekToFirstEvent();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
