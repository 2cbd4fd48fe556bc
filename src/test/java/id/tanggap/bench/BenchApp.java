package id.tanggap.bench;

import id.tanggap.TanggapApplication;
import id.tanggap.testsupport.InMemoryZeebe;
import id.tanggap.testsupport.TestMail;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application as the benchmarks run it: the in-memory engine, GreenMail and the test profile's database. */
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
                "--logging.level.root=WARN"));
        args.addAll(List.of(extraArgs));
        return SpringApplication.from(TanggapApplication::main)
                .withAdditionalProfiles("test")
                .run(args.toArray(String[]::new))
                .getApplicationContext();
    }
}
