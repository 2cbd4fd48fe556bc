package id.tanggap.testsupport;

import static org.awaitility.Awaitility.await;

import id.tanggap.process.ProcessModels;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Camunda Process Test twin of src/test/java's IntegrationTest, compiled instead of it by
 * {@code mvn -Pcpt verify}: the same scenarios (tag "scenario") run on the runtime Camunda Process
 * Test manages (Docker) or connects to (a Camunda 8.8 cluster).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CamundaSpringProcessTest
@ActiveProfiles("test")
public abstract class IntegrationTest {

    /** Only for tests that are not scenarios; those do not run in the cpt profile. */
    protected static final InMemoryZeebe ENGINE = null;

    @Autowired
    protected CamundaProcessTestContext processTestContext;

    @Autowired
    protected CamundaClient camundaClient;

    protected ProcessRuntime runtime;

    @BeforeEach
    void bindRuntime() {
        runtime = new CamundaProcessTestRuntime(processTestContext, camundaClient);
    }

    /** The same wait as src/test/java's IntegrationTest: the models are deployed in the background at start. */
    @BeforeEach
    void modelsDeployed(@Autowired ProcessModels models) {
        await().atMost(Duration.ofMinutes(3)).until(models::deployed);
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
        registry.add("tanggap.channels.meta.graph-url", TestPlatforms::graphUrl);
        registry.add("tanggap.channels.x.api-url", TestPlatforms::xUrl);
    }
}
