package id.tanggap.bench;

import id.tanggap.TanggapApplication;
import id.tanggap.process.ProcessModels;
import id.tanggap.testsupport.InMemoryZeebe;
import id.tanggap.testsupport.TestMail;
import id.tanggap.testsupport.TestPlatforms;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application as the benchmarks run it: the in-memory engine, GreenMail, the platforms' APIs (Graph, X,
 * SP4N-LAPOR!) answered by the tests' WireMock stubs as in production, and the test profile's database.
 */
final class BenchApp {

    private BenchApp() {}

    static ConfigurableApplicationContext start(String... extraArgs) {
        InMemoryZeebe engine = InMemoryZeebe.start(-1);
        TestMail.start(0);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--camunda.client.grpc-address=" + engine.grpcAddress(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMail.port(),
                "--tanggap.channels.meta.graph-url=" + TestPlatforms.graphUrl(),
                "--tanggap.channels.x.api-url=" + TestPlatforms.xUrl(),
                "--tanggap.lapor.base-url=" + TestPlatforms.get().baseUrl() + "/lapor",
                "--logging.level.root=WARN"));
        args.addAll(List.of(extraArgs));
        ConfigurableApplicationContext app = SpringApplication.from(TanggapApplication::main)
                .withAdditionalProfiles("test")
                .run(args.toArray(String[]::new))
                .getApplicationContext();
        // the models are deployed in the background once the application is ready; a complaint accepted before
        // would wait in the outbox, which is not what a benchmark measures
        ProcessModels models = app.getBean(ProcessModels.class);
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!models.deployed()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("process models not deployed after 5 minutes");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return app;
    }
}
