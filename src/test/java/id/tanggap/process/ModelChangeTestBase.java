package id.tanggap.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.audit.AuditTrail;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import io.camunda.client.CamundaClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests that deploy a changed or an earlier model into the shared engine, with the client script/deploy-models builds
 * from the application's environment variables, and give the engine the jar's models back afterwards (a start as
 * in the embedded run deploys them again), so that the other tests run on the repository's models.
 */
abstract class ModelChangeTestBase extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    Cases cases;
    CamundaClient client;

    @BeforeEach
    void connectAsDeployModels() {
        cases = new Cases(new Api(port), runtime, jdbc);
        client = DeployModels.client(
                Map.of("CAMUNDA_GRPC_ADDRESS", ENGINE.grpcAddress(), "CAMUNDA_AUTH_METHOD", "none"));
    }

    @AfterEach
    void restoreTheJarsModels() {
        assertThat(new ProcessModels(client, audit, true).tryDeploy()).isTrue();
        theJarsModelsAreBack();
        client.close();
    }

    /** What a test checks once the jar's models are the latest again, while the client is still open. */
    void theJarsModelsAreBack() {}
}
