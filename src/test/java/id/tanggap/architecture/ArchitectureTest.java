package id.tanggap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.beans.Introspector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

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

    /**
     * Spring Data JPA 3.5 builds a derived query ({@code findByXAndY}) and {@code findAll()} / {@code findAll(Sort)}
     * as a Criteria query on every call, and Hibernate 6.6 translates a Criteria query anew each time (no plan cache
     * for them): in the bench's profile that translation was about 40 % of the job workers' time. A JPQL string
     * ({@code @Query}) is translated once. So every query a repository declares is JPQL, and the inherited
     * {@code findAll} is only called where the repository redeclares it with a {@code @Query} (or with a
     * {@code Specification}: the inbox's search, whose conditions differ per request).
     */
    @Test
    void repositoryQueriesAreJpqlTranslatedOnce() {
        Set<String> inheritedCriteria = Set.of("findAll");
        classes()
                .that()
                .areInterfaces()
                .and()
                .areAssignableTo(Repository.class)
                .should(new ArchCondition<>("declare each query method with a JPQL @Query") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (JavaMethod m : item.getMethods()) {
                            boolean ok = m.isAnnotatedWith(Query.class);
                            events.add(new SimpleConditionEvent(
                                    item, ok, item.getName() + "." + m.getName() + " should have a JPQL @Query"));
                        }
                    }
                })
                .check(CLASSES);
        classes()
                .should(new ArchCondition<>("call findAll only where the repository declares it with a @Query") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        item.getMethodCallsFromSelf().stream()
                                .filter(call -> inheritedCriteria.contains(call.getName())
                                        && call.getTargetOwner().isAssignableTo(Repository.class)
                                        && call.getTarget().getRawParameterTypes().stream()
                                                .noneMatch(t -> t.isAssignableTo(Specification.class)))
                                .forEach(call -> {
                                    boolean ok = call.getTarget()
                                            .resolveMember()
                                            .map(target -> target.isAnnotatedWith(Query.class))
                                            .orElse(false);
                                    events.add(new SimpleConditionEvent(
                                            item, ok, call.getDescription() + " builds a Criteria query per call"));
                                });
                    }
                })
                .check(CLASSES);
    }

    /**
     * A worker is handed only the variables its method names ({@code FetchDeclaredVariables}): one that read a
     * variable from the {@code ActivatedJob} itself would find it missing. So nothing reads variables that way.
     */
    @Test
    void workersReadVariablesOnlyThroughTheirParameters() {
        noClasses()
                .should()
                .callMethodWhere(new DescribedPredicate<>("a variable read from an ActivatedJob") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getTargetOwner().isAssignableTo(ActivatedJob.class)
                                && call.getName().startsWith("getVariable");
                    }
                })
                .check(CLASSES);
    }
}
