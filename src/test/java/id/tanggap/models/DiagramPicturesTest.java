package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.NodeTool;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/diagrams shows every process as bpmn-js draws it (issue 17): tools/render-diagrams.mjs imports each
 * model into the bpmn-js viewer in headless Chromium, the pictures come out drawn, bpmn-js reports no import
 * warning, and the committed pictures still match the models.
 */
class DiagramPicturesTest {

    private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");

    @Test
    void everyModelIsDrawnWithoutImportWarningsAndTheDocsPicturesAreCurrent(@TempDir Path out) throws Exception {
        Path repo = NodeTool.repoDir();
        NodeTool.Result result =
                NodeTool.run("render-diagrams.mjs", "--compare=" + repo.resolve("docs/diagrams"), out.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.output());
        assertThat(report.get("problems")).isEmpty();

        List<String> processIds = processIds(repo);
        assertThat(report.get("diagrams").findValuesAsText("processId"))
                .containsExactlyInAnyOrderElementsOf(processIds);
        String docsReadme = Files.readString(repo.resolve("docs/diagrams/README.md"));
        for (JsonNode d : report.get("diagrams")) {
            String id = d.get("processId").asText();
            assertThat(d.get("warnings")).as(id).isEmpty();
            assertThat(d.get("drawn").asInt()).as(id).isGreaterThan(2);
            BufferedImage picture = ImageIO.read(out.resolve(id + ".png").toFile());
            assertThat(picture.getWidth()).as(id).isGreaterThan(300);
            // something is drawn on the white: a good share of dark pixels (lines, shapes, text)
            assertThat(darkPixels(picture)).as(id).isGreaterThan(1000);
            assertThat(Files.readString(out.resolve(id + ".svg"))).contains("data-element-id=");
            // the committed pictures the docs link to
            assertThat(repo.resolve("docs/diagrams/" + id + ".png")).isRegularFile();
            assertThat(docsReadme).contains("(" + id + ".png)");
        }
    }

    @Test
    void importWarningsAndAnOutdatedPictureAreReported(@TempDir Path dir) throws Exception {
        Path repo = NodeTool.repoDir();
        String model = Files.readString(repo.resolve("bpmn/account-token-health.bpmn"));
        // a diagram shape for an element the process does not have: bpmn-js warns on import
        Path warned = dir.resolve("account-token-health.bpmn");
        Files.writeString(
                warned,
                model.replaceFirst(
                        "(<bpmndi:BPMNPlane[^>]*>)",
                        "$1<bpmndi:BPMNShape id=\"Ghost_di\" bpmnElement=\"Task_Ghost\"><dc:Bounds x=\"0\" y=\"0\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>"));
        Path out = Files.createDirectories(dir.resolve("out"));
        NodeTool.Result result = NodeTool.run("render-diagrams.mjs", out.toString(), warned.toString());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .contains("account-token-health.bpmn: import warnings")
                .contains("Task_Ghost");

        // a task moved in the model but the committed picture not drawn again: out of date
        Path moved = Files.createDirectories(dir.resolve("moved")).resolve("account-token-health.bpmn");
        Matcher bounds = Pattern.compile("bpmnElement=\"Task_CheckAccountTokens\"><dc:Bounds x=\"(\\d+)\"")
                .matcher(model);
        assertThat(bounds.find()).isTrue();
        int x = Integer.parseInt(bounds.group(1));
        Files.writeString(
                moved, model.replace(bounds.group(), bounds.group().replace("\"" + x + "\"", "\"" + (x + 40) + "\"")));
        result = NodeTool.run(
                "render-diagrams.mjs", "--compare=" + repo.resolve("docs/diagrams"), out.toString(), moved.toString());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("account-token-health.svg is out of date (Task_CheckAccountTokens");
    }

    private static List<String> processIds(Path repo) throws Exception {
        try (Stream<Path> files = Files.list(repo.resolve("bpmn"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn"))
                    .map(p -> {
                        try {
                            Matcher m = PROCESS_ID.matcher(Files.readString(p));
                            assertThat(m.find()).as(p.toString()).isTrue();
                            return m.group(1);
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r + g + b < 300) dark++;
            }
        }
        return dark;
    }
}
