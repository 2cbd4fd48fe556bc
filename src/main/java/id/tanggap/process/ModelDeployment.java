package id.tanggap.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One deployment of model files (BPMN, DMN, forms) through a Camunda client, together so that user tasks
 * find their forms. Shared by the embedded run's deploy-at-start ({@link ProcessModels}) and the deliberate
 * production step {@code script/deploy-models} ({@link DeployModels}), so both deploy the same way. The
 * engine gives a file a new version only when its content changed.
 */
public final class ModelDeployment {

    /** A model file: its name (the engine keys versions by the ids inside, the name is for people) and content. */
    public record ModelFile(String name, byte[] content) {}

    private ModelDeployment() {}

    public static DeploymentEvent deploy(CamundaClient camunda, List<ModelFile> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no BPMN, DMN or form files to deploy");
        }
        DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
        for (ModelFile f : files) {
            command = command == null
                    ? camunda.newDeployResourceCommand().addResourceBytes(f.content(), f.name())
                    : command.addResourceBytes(f.content(), f.name());
        }
        return command.send().join(60, TimeUnit.SECONDS);
    }

    /** What a deployment holds, with the versions the engine gave (an unchanged file keeps its version). */
    public static String summary(DeploymentEvent result) {
        return result.getProcesses().stream()
                        .map(p -> p.getBpmnProcessId() + " v" + p.getVersion())
                        .sorted()
                        .collect(Collectors.joining(", "))
                + (result.getDecisions().isEmpty()
                        ? ""
                        : "; "
                                + result.getDecisions().stream()
                                        .map(d -> d.getDmnDecisionId() + " v" + d.getVersion())
                                        .sorted()
                                        .collect(Collectors.joining(", ")))
                + (result.getForm().isEmpty()
                        ? ""
                        : "; "
                                + result.getForm().stream()
                                        .map(f -> f.getFormId() + " v" + f.getVersion())
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
    }
}
