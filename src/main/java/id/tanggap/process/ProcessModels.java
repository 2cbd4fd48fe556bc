package id.tanggap.process;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN, DMN and form files that the build copies from the repository's {@code bpmn/}
 * and {@code forms/} folders, in one deployment (so user tasks find their forms). Unchanged
 * files create no new versions. When the engine is not reachable at start-up the application
 * still starts and takes complaints; deployment is retried in the background and the process
 * start relay waits for it.
 */
@Component
public class ProcessModels {

    static final List<String> PATTERNS =
            List.of("classpath*:/bpmn/**/*.bpmn", "classpath*:/bpmn/**/*.dmn", "classpath*:/forms/**/*.form");
    private static final Logger log = LoggerFactory.getLogger(ProcessModels.class);

    private final CamundaClient camunda;
    private final AuditTrail audit;
    private volatile boolean deployed;

    ProcessModels(CamundaClient camunda, AuditTrail audit) {
        this.camunda = camunda;
        this.audit = audit;
    }

    /** True once the current models are deployed. */
    public boolean deployed() {
        return deployed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void deployOnStart() {
        if (!tryDeploy()) {
            Thread.ofVirtual().name("process-models-deploy").start(() -> {
                Duration wait = Duration.ofSeconds(1);
                while (!deployed) {
                    try {
                        Thread.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                    wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                            ? Duration.ofSeconds(30)
                            : wait.multipliedBy(2);
                    tryDeploy();
                }
            });
        }
    }

    boolean tryDeploy() {
        try {
            List<Resource> resources = resources();
            DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
            for (Resource r : resources) {
                try (InputStream in = r.getInputStream()) {
                    byte[] content = in.readAllBytes();
                    command = command == null
                            ? camunda.newDeployResourceCommand().addResourceBytes(content, r.getFilename())
                            : command.addResourceBytes(content, r.getFilename());
                }
            }
            if (command == null) {
                throw new IllegalStateException("no BPMN, DMN or form files on the classpath");
            }
            var result = command.send().join(30, TimeUnit.SECONDS);
            deployed = true;
            // the models deployed at start, with the versions the engine gave them (unchanged files keep their version)
            audit.record(
                    "sistem",
                    "",
                    AuditAction.MODEL_DEPLOYED,
                    "deployment:" + result.getKey(),
                    result.getProcesses().stream()
                            .map(p -> p.getBpmnProcessId() + " v" + p.getVersion())
                            .sorted()
                            .collect(java.util.stream.Collectors.joining(", ")),
                    null);
            log.info(
                    "deployed {} resources: {} processes, {} decisions, {} forms",
                    resources.size(),
                    result.getProcesses().size(),
                    result.getDecisions().size(),
                    result.getForm().size());
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the process models", e);
        } catch (RuntimeException e) {
            log.warn("process models not deployed yet (engine unreachable?), retrying: {}", e.getMessage());
            return false;
        }
    }

    static List<Resource> resources() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> all = new ArrayList<>();
        for (String pattern : PATTERNS) {
            all.addAll(List.of(resolver.getResources(pattern)));
        }
        return all;
    }
}
