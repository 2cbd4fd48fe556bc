package id.tanggap.process;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Finding 11: every process start and message goes through the engine outbox (EngineGateway), and
 * every e-mail through the Mailer's queue; nothing else sends them directly.
 */
class EngineGatewayArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.tanggap");

    /** A call on the engine client that starts a process or publishes a message. */
    private static final DescribedPredicate<JavaMethodCall> ENGINE_COMMAND = DescribedPredicate.describe(
            "a CamundaClient command that starts a process or publishes a message",
            call -> call.getTargetOwner().isAssignableTo(CamundaClient.class)
                    && call.getName()
                            .matches("newPublishMessageCommand|newCreateInstanceCommand|newCorrelateMessageCommand"));

    @Test
    void onlyTheEngineRelayStartsProcessesOrPublishesMessages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("id.tanggap.process..")
                .should()
                .callMethodWhere(ENGINE_COMMAND)
                .because(
                        "starts and messages are written to the engine outbox in the caller's transaction (EngineGateway)")
                .check(CLASSES);
        // and the rule looks for the right calls: the relay makes them
        classes()
                .that()
                .haveSimpleName("EngineRelay")
                .should()
                .callMethodWhere(ENGINE_COMMAND)
                .check(CLASSES);
    }

    @Test
    void onlyTheMailerSendsEmail() {
        noClasses()
                .that()
                .resideOutsideOfPackage("id.tanggap.notification..")
                .should()
                .callMethod(JavaMailSender.class, "send", jakarta.mail.internet.MimeMessage.class)
                .because("e-mails are queued in the caller's transaction and sent after the commit (Mailer)")
                .check(CLASSES);
    }
}
