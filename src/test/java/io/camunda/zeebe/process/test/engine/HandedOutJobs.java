package io.camunda.zeebe.process.test.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.engine.processing.streamprocessor.JobStreamer;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.impl.stream.job.ActivatedJob;
import io.camunda.zeebe.protocol.impl.stream.job.JobActivationProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.agrona.DirectBuffer;

/**
 * What the test engines hand to workers, for tests that look at it: the jobs pushed on a job stream (the engine's
 * {@link JobStreamer}, wrapped) and those in an answer to a poll ({@link AnswersOffTheEngineThread}). Costs nothing
 * while nobody watches.
 */
public final class HandedOutJobs {

    /** A job as a worker receives it: its type, its instance and the names of the variables it carries. */
    public record Job(String type, long processInstanceKey, Set<String> variableNames) {}

    private static final List<Consumer<Job>> WATCHERS = new CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private HandedOutJobs() {}

    /** Hands {@code watcher} each job handed out from now on, until the returned handle is closed. */
    public static AutoCloseable watch(Consumer<Job> watcher) {
        WATCHERS.add(watcher);
        return () -> WATCHERS.remove(watcher);
    }

    /** The engine's job streamer, telling the watchers of each job it pushes. */
    static JobStreamer pushedBy(JobStreamer streamer) {
        return new JobStreamer() {
            @Override
            public void notifyWorkAvailable(String jobType) {
                streamer.notifyWorkAvailable(jobType);
            }

            @Override
            public Optional<JobStream> streamFor(DirectBuffer jobType, Predicate<JobActivationProperties> filter) {
                return streamer.streamFor(jobType, filter).map(stream -> new JobStream() {
                    @Override
                    public JobActivationProperties properties() {
                        return stream.properties();
                    }

                    @Override
                    public void push(ActivatedJob job) {
                        if (!WATCHERS.isEmpty()) {
                            JobRecord record = job.jobRecord();
                            tell(new Job(
                                    record.getType(),
                                    record.getProcessInstanceKey(),
                                    new TreeSet<>(record.getVariables().keySet())));
                        }
                        stream.push(job);
                    }
                });
            }
        };
    }

    /** An answer of the gateway: the jobs of a poll's answer are told to the watchers. */
    static void answered(Object answer) {
        if (!WATCHERS.isEmpty() && answer instanceof GatewayOuterClass.ActivateJobsResponse jobs) {
            for (GatewayOuterClass.ActivatedJob job : jobs.getJobsList()) {
                Set<String> names = new TreeSet<>();
                try {
                    JSON.readTree(job.getVariables()).fieldNames().forEachRemaining(names::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                tell(new Job(job.getType(), job.getProcessInstanceKey(), names));
            }
        }
    }

    private static void tell(Job job) {
        WATCHERS.forEach(w -> w.accept(job));
    }
}
