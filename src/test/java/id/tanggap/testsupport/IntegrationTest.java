package id.tanggap.testsupport;

import static org.awaitility.Awaitility.await;

import id.tanggap.process.ProcessModels;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port against the MariaDB of the
 * test run, the JVM's one in-memory engine and its one GreenMail server. All subclasses share one
 * Spring context. Process scenarios use {@link #runtime} only, so that they run unchanged under
 * Camunda Process Test ({@code mvn -Pcpt verify}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    protected static final InMemoryZeebe ENGINE = InMemoryZeebe.get();

    /** The engine as process scenarios see it; src/cpt/java has the Camunda Process Test twin of this class. */
    protected final ProcessRuntime runtime = new ZeebeProcessTestRuntime(ENGINE);

    /**
     * The models are deployed in the background once the application is ready; on a busy machine the
     * first test of a run can come before that.
     */
    @BeforeEach
    void modelsDeployed(@Autowired ProcessModels models) {
        await().atMost(Duration.ofMinutes(3)).until(models::deployed);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("camunda.client.grpc-address", ENGINE::grpcAddress);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
        registry.add("tanggap.mail.inbound.host", () -> "127.0.0.1");
        registry.add("tanggap.mail.inbound.port", TestMail::imapPort);
        registry.add("tanggap.mail.inbound.protocol", () -> "imap");
        registry.add("tanggap.mail.inbound.username", () -> TestMail.INBOUND_ADDRESS);
        registry.add("tanggap.mail.inbound.password", () -> TestMail.INBOUND_PASSWORD);
        // question e-mails carry the mailbox's address tagged with the case as Reply-To
        registry.add("tanggap.mail.inbound.address", () -> "Tanggap Pemprov <" + TestMail.INBOUND_ADDRESS + ">");
        registry.add("tanggap.mail.inbound.poll-interval", () -> "PT2S");
        registry.add("tanggap.channels.meta.graph-url", TestPlatforms::graphUrl);
        registry.add("tanggap.channels.x.api-url", TestPlatforms::xUrl);
        registry.add("tanggap.channels.x.media-url", () -> TestPlatforms.get().baseUrl() + "/ton/");
        registry.add("tanggap.lapor.base-url", () -> TestPlatforms.get().baseUrl() + "/lapor");
    }
}
