package id.tanggap.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import io.camunda.zeebe.client.ZeebeClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 20, finding 10: a report still under review cannot be downloaded by supervisors or the public, only once approved. */
class ReportDraftAccessIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aDraftIsForItsReviewersOnlyUntilItIsApproved() {
        long instance;
        try (ZeebeClient client = ENGINE.engine().createClient()) {
            instance = client.newCreateInstanceCommand()
                    .bpmnProcessId("periodic-report")
                    .latestVersion()
                    .variables(Map.of("periodKind", "REQUESTED", "periodFrom", "2031-05-01", "periodTo", "2031-06-01"))
                    .send()
                    .join()
                    .getProcessInstanceKey();
        }
        var review = runtime.awaitUserTask(instance, "Task_ReviewReport");
        long reportId = ((Number) runtime.variables(instance).get("reportId")).longValue();
        Api api = new Api(port);

        for (String file : new String[] {".pdf", ".xlsx"}) {
            assertThat(api.get("/api/reports/" + reportId + file, "sekda", "tanggap")
                            .status())
                    .isEqualTo(404);
            assertThat(api.get("/api/reports/" + reportId + file).status()).isIn(401, 403);
            assertThat(api.get("/api/reports/" + reportId + file, "pupr", "tanggap")
                            .status())
                    .isEqualTo(403);
            // the reviewers see the draft they review
            assertThat(api.get("/api/reports/" + reportId + file, "diskominfo", "tanggap")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api.get("/api/reports", "sekda", "tanggap").json().findValuesAsText("id"))
                .doesNotContain(String.valueOf(reportId));

        runtime.completeUserTask(review.key(), Map.of("reviewDecision", "APPROVE"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/reports/" + reportId + ".pdf", "sekda", "tanggap")
                                .status()
                        == 200);
        assertThat(api.get("/api/reports/" + reportId + ".pdf", "sekda", "tanggap")
                        .contentType())
                .isEqualTo("application/pdf");
        assertThat(api.get("/api/reports/" + reportId + ".xlsx", "sekda", "tanggap")
                        .status())
                .isEqualTo(200);
    }
}
