package id.tanggap.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the Node scripts in tools/ (installed by script/test) and captures what it printed. */
public final class NodeTool {

    public record Result(int exitCode, String output) {}

    private NodeTool() {}

    public static Path repoDir() {
        String dir = System.getProperty("tanggap.repo.dir");
        return Path.of(dir == null ? System.getProperty("user.dir") : dir).toAbsolutePath();
    }

    public static Result run(String script, String... args) {
        Path tools = repoDir().resolve("tools");
        if (!Files.isDirectory(tools.resolve("node_modules"))) {
            throw new IllegalStateException(
                    "tools/node_modules is missing: run the tests with script/test, which installs the Node tools");
        }
        List<String> command =
                new ArrayList<>(List.of("node", tools.resolve(script).toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .directory(tools.toFile())
                    .redirectErrorStream(true)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish in 180 s");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
