package id.tanggap.process;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The process models at start-up. In production ({@code tanggap.models.deploy-at-start=false}, the default)
 * the application deploys nothing: the models in the engine are the ones a deliberate step deployed
 * ({@code script/deploy-models} from CI/CD or by hand, or Camunda Modeler), so a restart never undoes a process
 * owner's change by deploying the jar's older copies again as a newer version (docs/models.md).
 *
 * <p>In the embedded dev run and the tests ({@code deploy-at-start=true}) it deploys the BPMN, DMN and form
 * files the build copies from {@code bpmn/} and {@code forms/}, in one deployment (so user tasks find their
 * forms); unchanged files create no new versions. When the engine is not reachable then, the application still
 * starts and takes complaints; deployment is retried in the background and the process start relay waits.
 */
@Component
public class ProcessModels {

    static final List<String> PATTERNS =
            List.of("classpath*:/bpmn/**/*.bpmn", "classpath*:/bpmn/**/*.dmn", "classpath*:/forms/**/*.form");
    private static final Logger log = LoggerFactory.getLogger(ProcessModels.class);

    private final CamundaClient camunda;
    private final AuditTrail audit;
    private final boolean deployAtStart;
    private volatile boolean deployed;

    ProcessModels(
            CamundaClient camunda,
            AuditTrail audit,
            @Value("${tanggap.models.deploy-at-start:false}") boolean deployAtStart) {
        this.camunda = camunda;
        this.audit = audit;
        this.deployAtStart = deployAtStart;
    }

    /**
     * True once the models are in the engine: deployed at start, or (deploy-at-start off) deployed by the
     * deliberate step, which this application does not wait for.
     */
    public boolean deployed() {
        return deployed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void deployOnStart() {
        if (!deployAtStart) {
            deployed = true;
            log.info("process models are not deployed at start (tanggap.models.deploy-at-start=false); "
                    + "the engine runs what script/deploy-models or Camunda Modeler deployed");
            return;
        }
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
        List<ModelDeployment.ModelFile> files;
        try {
            files = files();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the process models", e);
        }
        try {
            var result = ModelDeployment.deploy(camunda, files);
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
                            .collect(Collectors.joining(", ")),
                    null);
            log.info(
                    "deployed {} resources: {} processes, {} decisions, {} forms",
                    files.size(),
                    result.getProcesses().size(),
                    result.getDecisions().size(),
                    result.getForm().size());
            return true;
        } catch (RuntimeException e) {
            log.warn("process models not deployed yet (engine unreachable?), retrying: {}", e.getMessage());
            return false;
        }
    }

    static List<ModelDeployment.ModelFile> files() throws IOException {
        List<ModelDeployment.ModelFile> files = new ArrayList<>();
        for (Resource r : resources()) {
            try (InputStream in = r.getInputStream()) {
                files.add(new ModelDeployment.ModelFile(r.getFilename(), in.readAllBytes()));
            }
        }
        return files;
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
