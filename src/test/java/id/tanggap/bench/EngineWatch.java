package id.tanggap.bench;

import id.tanggap.testsupport.InMemoryZeebe;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.TestEngines;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** While on: each job's time from CREATED to COMPLETED in the engine's log (its timestamps, ms), by job type. */
    private volatile boolean timingJobs;

    private final Map<Long, Object[]> jobsCreated = new HashMap<>();
    private final Map<String, List<Long>> jobTimes = new TreeMap<>();
    /** While timing: the log's records by value and record type (the engine's work, in records it wrote or read). */
    private final Map<String, Long> recordsByType = new ConcurrentHashMap<>();
    /** While timing: the bytes of those records' values (what the engine wrote to and read back from its log). */
    private final Map<String, Long> bytesByType = new ConcurrentHashMap<>();

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
            JobRecord job = new JobRecord();
            long last = -1;
            while (running) {
                while (reader.hasNext()) {
                    LoggedEvent event = reader.next();
                    last = event.getPosition();
                    metadata.reset();
                    event.readMetadata(metadata);
                    if (timingJobs) {
                        String type = metadata.getValueType().name() + " "
                                + metadata.getRecordType().name();
                        recordsByType.merge(type, 1L, Long::sum);
                        bytesByType.merge(type, (long) event.getValueLength(), Long::sum);
                    }
                    if (timingJobs && metadata.getValueType() == ValueType.JOB) {
                        timeJob(event, metadata, job);
                    }
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
     * A job's CREATED event, the COMPLETE command the worker's answer appended (the worker's share: handed out,
     * handled, answered) and the COMPLETED event the engine wrote when it processed that command (the engine's
     * queue): the log's timestamps, ms.
     */
    private void timeJob(LoggedEvent event, RecordMetadata metadata, JobRecord job) {
        boolean isEvent = metadata.getRecordType() == RecordType.EVENT;
        boolean isCommand = metadata.getRecordType() == RecordType.COMMAND;
        if (isEvent && metadata.getIntent() == JobIntent.CREATED) {
            job.reset();
            event.readValue(job);
            synchronized (jobTimes) {
                jobsCreated.put(event.getKey(), new Object[] {job.getType(), event.getTimestamp(), null});
            }
        } else if (isCommand && metadata.getIntent() == JobIntent.COMPLETE) {
            synchronized (jobTimes) {
                Object[] created = jobsCreated.get(event.getKey());
                if (created != null && created[2] == null) {
                    created[2] = event.getTimestamp();
                }
            }
        } else if (isEvent && metadata.getIntent() == JobIntent.COMPLETED) {
            synchronized (jobTimes) {
                Object[] created = jobsCreated.remove(event.getKey());
                if (created != null && created[2] != null) {
                    long c = (Long) created[1];
                    long answered = (Long) created[2];
                    jobTimes.computeIfAbsent((String) created[0], k -> new ArrayList<>())
                            .add((answered - c) << 32 | (event.getTimestamp() - answered));
                }
            }
        }
    }

    /** Starts timing the jobs created from now on, forgetting earlier timings. */
    void timeJobs() {
        synchronized (jobTimes) {
            jobsCreated.clear();
            jobTimes.clear();
            recordsByType.clear();
            bytesByType.clear();
        }
        timingJobs = true;
    }

    /**
     * Stops timing and prints, per job type, how long its jobs took from created to completed (engine's clock), and
     * the log's records of the phase per case.
     */
    void printJobTimes(String phase, int cases) {
        timingJobs = false;
        synchronized (jobTimes) {
            System.out.printf(
                    "  jobs of %s (the log's timestamps, ms): created -> the worker's answer appended | that answer -> processed%n",
                    phase);
            jobTimes.forEach((type, times) -> {
                long[] worker = times.stream().mapToLong(t -> t >>> 32).sorted().toArray();
                long[] engine =
                        times.stream().mapToLong(t -> t & 0xffffffffL).sorted().toArray();
                System.out.printf(
                        "    %-24s %5d jobs  worker p50 %5d p99 %5d | engine p50 %5d p99 %5d%n",
                        type, worker.length, at(worker, 0.5), at(worker, 0.99), at(engine, 0.5), at(engine, 0.99));
            });
        }
        long all = recordsByType.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "  the log's records of %s: %d, %.0f per case; the most:%n", phase, all, (double) all / cases);
        recordsByType.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(10)
                .forEach(e -> System.out.printf(
                        "    %-36s %6.1f per case (%4.1f %%)%n",
                        e.getKey(), (double) e.getValue() / cases, 100.0 * e.getValue() / all));
        long bytes = bytesByType.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "  the values of those records: %.1f kB per case; the most:%n", (double) bytes / cases / 1024);
        bytesByType.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(6)
                .forEach(e -> System.out.printf(
                        "    %-36s %6.1f kB per case (%4.1f %%)%n",
                        e.getKey(), (double) e.getValue() / cases / 1024, 100.0 * e.getValue() / bytes));
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
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
