package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every called decision and call activity states on purpose which version it runs (docs/models.md): without
 * bindingType the engine takes the latest anyway, but a process owner reading the model could not tell.
 */
class ModelBindingsTest {

    private static final Pattern CALL = Pattern.compile("<zeebe:(calledDecision|calledElement)\\b[^>]*>");
    private static final Pattern BINDING = Pattern.compile("\\bbindingType=\"(latest|deployment|versionTag)\"");

    @Test
    void everyCalledDecisionAndCallActivityStatesItsBinding() throws Exception {
        List<String> calls = new ArrayList<>();
        List<String> unbound = new ArrayList<>();
        try (Stream<Path> files = Files.list(NodeTool.repoDir().resolve("bpmn"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                Matcher m = CALL.matcher(Files.readString(f));
                while (m.find()) {
                    calls.add(m.group());
                    if (!BINDING.matcher(m.group()).find()) {
                        unbound.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(calls).as("the check sees the models' calls").hasSizeGreaterThanOrEqualTo(9);
        assertThat(unbound).isEmpty();
        assertThat(BINDING.matcher("<zeebe:calledDecision decisionId=\"x\" resultVariable=\"y\" />")
                        .find())
                .isFalse();
    }
}
