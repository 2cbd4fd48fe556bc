package io.camunda.zeebe.process.test.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.db.InMemoryDbFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The engine of zeebe-process-test (the real Zeebe stream processor, its in-memory log and gRPC gateway, the
 * controllable clock), wired as the library's {@code EngineFactory} does, with three differences: the log is a
 * {@link ConcurrentLogStorage} (the library's can hand a reader on another thread an empty entry), the state can
 * be kept in RocksDB, the store the Zeebe broker itself uses, instead of the test library's in-memory map, and the
 * gateway's answers leave the engine's thread ({@link AnswersOffTheEngineThread}), as the broker's do.
 *
 * <p>Why: the in-memory map of zeebe-process-test 8.8 answers every prefix scan of the engine (the jobs of a type,
 * the timers that are due, the subscriptions of a message) by walking every key after the prefix to the end of the
 * whole store ({@code InMemoryDbColumnFamily.whileEqualPrefix} skips a key outside the prefix instead of stopping).
 * The engine thus slows down with every open case: the benchmark's profile of the first stretch of the process was
 * 53 % {@code TreeMap.successor} and 14 % {@code BufferUtil.startsWith} in the engine's thread, and the full test run
 * waited longer for user tasks the later a test ran. RocksDB seeks to the prefix and stops after it, as in production.
 *
 * <p>This class lives in the test library's package because the parts it wires (log storage, gateway, response
 * writer) are package-private there; it is test code and never ships with the application. The wiring follows the
 * public constructors of those parts. The RocksDB directory is a temporary one, deleted
 * when the engine stops or the JVM ends.
 */
public final class TestEngines {

    /** Where the engine keeps its state. */
    public enum Store {
        /** RocksDB in a temporary directory, as in the broker. */
        ROCKSDB,
        /** The test library's in-memory map (fine for a test run, slow with many open cases). */
        MAP
    }

    private static final int PARTITION = 1;
    private static final int PARTITION_COUNT = 1;

    /** The log of each engine made here, for readers that need only a few records (see {@link #newLogReader}). */
    private static final Map<ZeebeTestEngine, LogStream> LOGS = new ConcurrentHashMap<>();

    private TestEngines() {}

    /**
     * A reader of the engine's log that decodes only what its user asks for. The test library's record stream
     * decodes every record into a copy (and builds an instance of every record type for each), which costs the
     * benchmark's watcher more CPU than the application on a two-core machine.
     */
    public static LogStreamReader newLogReader(ZeebeTestEngine engine) {
        LogStream log = LOGS.get(engine);
        if (log == null) {
            throw new IllegalArgumentException("not an engine of TestEngines");
        }
        return log.newLogStreamReader();
    }

    /** A start-able engine whose gateway listens on {@code port}, its state in {@code store}. */
    public static ZeebeTestEngine create(int port, Store store) {
        ControlledActorClock clock = new ControlledActorClock();
        ActorScheduler scheduler =
                ActorScheduler.newActorScheduler().setActorClock(clock).build();
        scheduler.start();

        InMemoryLogStorage logStorage = new ConcurrentLogStorage();
        LogStream logStream = LogStream.builder()
                .withPartitionId(PARTITION)
                .withLogStorage(logStorage)
                .withClock(clock)
                .withMeterRegistry(new SimpleMeterRegistry())
                .build();
        CommandWriter writer = new CommandWriter(logStream.newLogStreamWriter());
        CommandSender sender = new CommandSender(writer);
        GatewayRequestStore requests = new AnswersOffTheEngineThread();
        InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(writer);
        GrpcToLogStreamGateway gateway =
                new GrpcToLogStreamGateway(writer, PARTITION, PARTITION_COUNT, port, requests, jobStreamer);
        Server server = ServerBuilder.forPort(port).addService(gateway).build();
        GrpcResponseWriter responses = new GrpcResponseWriter(gateway, requests, null);

        ZeebeDb<ZbColumnFamilies> db = store == Store.MAP ? new InMemoryDbFactory().createDb() : rocksDb();

        SecurityConfiguration security = new SecurityConfiguration();
        security.getAuthorizations().setEnabled(false);
        StreamProcessor processor = StreamProcessor.builder()
                .logStream(logStream)
                .zeebeDb(db)
                .commandResponseWriter(responses)
                .partitionCommandSender(sender)
                .recordProcessors(List.of(new Engine(
                        context -> EngineProcessors.createEngineProcessors(
                                context,
                                PARTITION_COUNT,
                                new SubscriptionCommandSender(context.getPartitionId(), sender),
                                sender,
                                FeatureFlags.createDefault(),
                                HandedOutJobs.pushedBy(jobStreamer),
                                SearchClientsProxy.noop(),
                                new BrokerRequestAuthorizationConverter(security)),
                        new EngineConfiguration(),
                        security)))
                .actorSchedulingService(scheduler)
                .clock(new ControllableStreamClockImpl(clock))
                .meterRegistry(new SimpleMeterRegistry())
                .build();

        EngineStateMonitor monitor = new EngineStateMonitor(logStorage, processor);
        RecordStreamSourceImpl records = new RecordStreamSourceImpl(logStream.newLogStreamReader(), PARTITION);
        InMemoryEngine engine =
                new InMemoryEngine(server, processor, gateway, db, logStream, scheduler, records, clock, monitor);
        LOGS.put(engine, logStream);
        return engine;
    }

    private static ZeebeDb<ZbColumnFamilies> rocksDb() {
        Path directory = stateDirectory();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory), "zeebe-state-cleanup"));
        return new ZeebeRocksDbFactory<ZbColumnFamilies>(
                        new RocksDbConfiguration().setMemoryLimit(128L * 1024 * 1024),
                        new ConsistencyChecksSettings(false, false),
                        new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, PARTITION),
                        SimpleMeterRegistry::new)
                .createDb(directory.toFile());
    }

    private static Path stateDirectory() {
        try {
            return Files.createTempDirectory("tanggap-zeebe-state-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
