package id.tanggap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.camunda.client.annotation.JobWorker;
import java.beans.Introspector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Package-by-feature boundaries and the Camunda worker conventions, checked on the compiled code. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.tanggap");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("id.tanggap.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("id.tanggap.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "id.tanggap.complaint..",
                        "id.tanggap.intake..",
                        "id.tanggap.routing..",
                        "id.tanggap.officials..",
                        "id.tanggap.notification..",
                        "id.tanggap.security..",
                        "id.tanggap.demo..")
                .check(CLASSES);
    }

    @Test
    void onlyTheDemoSeederAndSecurityTouchUserAccounts() {
        noClasses()
                .that()
                .resideOutsideOfPackages("id.tanggap.security..", "id.tanggap.demo..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("AppUserRepository")
                .check(CLASSES);
    }

    @Test
    void eachWorkerClassHandlesOneJobTypeNamedAfterIt() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Worker")
                .should(new ArchCondition<>("have one @JobWorker method whose type is the class name as a verb") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        List<JavaMethod> workers = item.getMethods().stream()
                                .filter(m -> m.isAnnotatedWith(JobWorker.class))
                                .toList();
                        String expected =
                                Introspector.decapitalize(item.getSimpleName().replaceFirst("Worker$", ""));
                        boolean ok = workers.size() == 1
                                && workers.get(0).getName().equals(expected)
                                && workers.get(0)
                                        .getAnnotationOfType(JobWorker.class)
                                        .type()
                                        .equals(expected);
                        events.add(new SimpleConditionEvent(
                                item,
                                ok,
                                item.getName() + " should have exactly one @JobWorker(type = \"" + expected
                                        + "\") method " + expected));
                    }
                })
                .check(CLASSES);
        assertThat(CLASSES.stream()
                        .filter(c -> c.getSimpleName().endsWith("Worker"))
                        .count())
                .isGreaterThanOrEqualTo(4);
    }
}
