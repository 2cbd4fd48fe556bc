package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, finding 10: installing the Node tools must not start @ibm/telemetry-js (pulled in by
 * form-js through Carbon), which reports usage to its vendor from a background process.
 */
class NodeTelemetryTest {

    @Test
    void everyNpmInstallRunsWithTelemetryOffAndWithoutInstallScripts() throws Exception {
        String lib = Files.readString(NodeTool.repoDir().resolve("script/lib.sh"));
        assertThat(lib).containsPattern(Pattern.compile("^export IBM_TELEMETRY_DISABLED=true$", Pattern.MULTILINE));
        // the commands, not the messages that name them ("npm ci in tools/ ...")
        var npmCi = Pattern.compile("\\bnpm (?:ci|install)\\b(?! in )[^\\n]*").matcher(lib);
        List<String> installs = new ArrayList<>();
        while (npmCi.find()) {
            installs.add(npmCi.group());
        }
        assertThat(installs).isNotEmpty().allSatisfy(line -> assertThat(line).contains("--ignore-scripts"));

        for (String script : List.of("script/server", "script/test", "script/bootstrap", "script/bench")) {
            String text = Files.readString(NodeTool.repoDir().resolve(script));
            assertThat(text)
                    .as(script + " runs npm only through lib.sh")
                    .doesNotContainPattern("(?m)^[^#]*\\bnpm (ci|install|i)\\b");
            assertThat(text)
                    .as(script + " sources lib.sh, which switches telemetry off")
                    .contains("source \"$(dirname \"$0\")/lib.sh\"");
        }
        String dockerfile = Files.readString(NodeTool.repoDir().resolve("Dockerfile"));
        assertThat(Pattern.compile("^ENV IBM_TELEMETRY_DISABLED=true$", Pattern.MULTILINE)
                        .matcher(dockerfile)
                        .results()
                        .count())
                .as("every stage of the Dockerfile")
                .isEqualTo(Pattern.compile("^FROM ", Pattern.MULTILINE)
                        .matcher(dockerfile)
                        .results()
                        .count());
    }

    @Test
    void theOnlyInstallScriptsInToolsAreTelemetryHooks() throws Exception {
        // so --ignore-scripts loses nothing; a new package with a real install step must be looked at
        JsonNode packages = new ObjectMapper()
                .readTree(NodeTool.repoDir().resolve("tools/package-lock.json").toFile())
                .get("packages");
        List<String> withScripts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : packages.properties()) {
            if (p.getValue().path("hasInstallScript").asBoolean()) {
                withScripts.add(p.getKey());
            }
        }
        assertThat(withScripts).allSatisfy(name -> assertThat(name).startsWith("node_modules/@carbon/"));
    }
}
