package id.tanggap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.TanggapApplication;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void everyFeaturePackageIsAModule() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("complaint", "routing", "officials", "campaign", "reporting", "security", "shared")
                .hasSizeGreaterThanOrEqualTo(23);
    }

    /** Writes the C4 component diagram of all modules, one diagram and one canvas per module into docs/modules. */
    @Test
    void writesTheModuleDocumentation() {
        Path out = NodeTool.repoDir().resolve("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString())).writeDocumentation();
        assertThat(out.resolve("components.puml")).exists();
        assertThat(out.resolve("module-routing.puml")).exists();
        assertThat(out.resolve("module-routing.adoc")).exists();
        assertThat(Files.isRegularFile(out.resolve("all-docs.adoc"))).isTrue();
    }
}
