package id.tanggap.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The deliberate production step that deploys the process models ({@code script/deploy-models} runs it after the
 * lint and form checks): every {@code .bpmn}, {@code .dmn} and {@code .form} file in the given files or folders
 * (default {@code bpmn} and {@code forms}) in one deployment. The engine address and credentials come from the
 * same environment variables the application reads ({@code CAMUNDA_GRPC_ADDRESS}, {@code CAMUNDA_REST_ADDRESS},
 * {@code CAMUNDA_PREFER_REST}, {@code CAMUNDA_AUTH_METHOD} none/oidc/basic, {@code CAMUNDA_CLIENT_ID},
 * {@code CAMUNDA_CLIENT_SECRET}, {@code CAMUNDA_TOKEN_URL}, {@code CAMUNDA_AUDIENCE}, {@code CAMUNDA_USERNAME},
 * {@code CAMUNDA_PASSWORD}). Runs without the Spring application: no database is needed.
 */
public final class DeployModels {

    private DeployModels() {}

    public static void main(String[] args) {
        List<Path> paths = args.length == 0
                ? List.of(Path.of("bpmn"), Path.of("forms"))
                : Stream.of(args).map(Path::of).toList();
        try (CamundaClient client = client(System.getenv())) {
            DeploymentEvent result = deploy(client, paths);
            System.out.println("deployed (deployment " + result.getKey() + "): " + ModelDeployment.summary(result));
        } catch (IOException | RuntimeException e) {
            System.err.println("deploy-models failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Deploys the model files found under {@code paths} in one deployment. */
    public static DeploymentEvent deploy(CamundaClient client, List<Path> paths) throws IOException {
        return ModelDeployment.deploy(client, files(paths));
    }

    static List<ModelDeployment.ModelFile> files(List<Path> paths) throws IOException {
        List<ModelDeployment.ModelFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IOException("no such file or folder: " + path);
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(path)) {
                found = walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)$"))
                        .sorted()
                        .toList();
            }
            for (Path p : found) {
                files.add(new ModelDeployment.ModelFile(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return files;
    }

    /** A client for the engine named by the application's environment variables. */
    public static CamundaClient client(Map<String, String> env) {
        var builder = CamundaClient.newClientBuilder()
                .applyEnvironmentVariableOverrides(false)
                .grpcAddress(URI.create(env.getOrDefault("CAMUNDA_GRPC_ADDRESS", "http://localhost:26500")))
                .restAddress(URI.create(env.getOrDefault("CAMUNDA_REST_ADDRESS", "http://localhost:8088")))
                .preferRestOverGrpc(Boolean.parseBoolean(env.getOrDefault("CAMUNDA_PREFER_REST", "false")));
        String method = env.getOrDefault("CAMUNDA_AUTH_METHOD", "none");
        switch (method) {
            case "none", "" -> {}
            case "oidc" ->
                builder.credentialsProvider(CredentialsProvider.newCredentialsProviderBuilder()
                        .applyEnvironmentOverrides(false)
                        .clientId(env.get("CAMUNDA_CLIENT_ID"))
                        .clientSecret(env.get("CAMUNDA_CLIENT_SECRET"))
                        .authorizationServerUrl(env.get("CAMUNDA_TOKEN_URL"))
                        .audience(env.get("CAMUNDA_AUDIENCE"))
                        .build());
            case "basic" ->
                builder.credentialsProvider(CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
                        .applyEnvironmentOverrides(false)
                        .username(env.get("CAMUNDA_USERNAME"))
                        .password(env.get("CAMUNDA_PASSWORD"))
                        .build());
            default -> throw new IllegalArgumentException("CAMUNDA_AUTH_METHOD must be none, oidc or basic: " + method);
        }
        return builder.build();
    }
}
