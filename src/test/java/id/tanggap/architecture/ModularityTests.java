package id.tanggap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.TanggapApplication;
import id.tanggap.testsupport.NodeTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package of {@code id.tanggap} is an application module: only what its base package
 * makes public (or a named interface exposes) may be used by another module, and no module depends on
 * itself through others. The module documentation in {@code docs/modules} is written from the same model.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(TanggapApplication.class);

    @Test
    void theModulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    private static final List<String> NAMED_MODULES = List.of(
            "intake",
            "hoax",
            "webform",
            "channels",
            "inbox",
            "callcenter",
            "lapor",
            "open311",
            "complaint",
            "privacy",
            "process",
            "routing",
            "place",
            "evidence",
            "sla",
            "escalation",
            "coordination",
            "triage",
            "complainantnotice",
            "forwarding",
            "officials",
            "registry",
            "masterdata",
            "monitoring",
            "inventory",
            "campaign",
            "notification",
            "reporting",
            "security",
            "tasks",
            "audit",
            "demo",
            "operations",
            "shared");

    /** A new feature package is a new module: name it here and say in the README's architecture map what it owns. */
    @Test
    void everyModuleIsNamedHereAndInTheReadme() throws IOException {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrderElementsOf(NAMED_MODULES);
        String readme = Files.readString(NodeTool.repoDir().resolve("README.md"));
        assertThat(NAMED_MODULES).allSatisfy(name -> assertThat(readme).contains("  - `" + name + "`: "));
    }

    /** Writes the C4 component diagram of all modules, one diagram and one canvas per module into docs/modules. */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path out = NodeTool.repoDir().resolve("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString())).writeDocumentation();
        try (Stream<Path> diagrams = Files.list(out)) {
            diagrams.filter(p -> p.toString().endsWith(".puml")).forEach(ModularityTests::sortRelations);
        }
        assertThat(out.resolve("components.puml")).exists();
        assertThat(out.resolve("module-routing.puml")).exists();
        assertThat(out.resolve("module-routing.adoc")).exists();
        assertThat(Files.isRegularFile(out.resolve("all-docs.adoc"))).isTrue();
    }

    /** The diagram writer lists relations in hash order; sorted, a regenerated diagram differs only where the modules do. */
    private static void sortRelations(Path diagram) {
        try {
            List<String> lines = Files.readAllLines(diagram);
            List<String> out = new ArrayList<>();
            List<String> relations = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("Rel(")) {
                    relations.add(line);
                    continue;
                }
                relations.sort(null);
                out.addAll(relations);
                relations.clear();
                out.add(line);
            }
            relations.sort(null);
            out.addAll(relations);
            Files.writeString(diagram, String.join("\n", out) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
