package id.tanggap;

import id.tanggap.testsupport.InMemoryZeebe;
import id.tanggap.testsupport.TestMail;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.env.Environment;

/**
 * The embedded dev run ({@code script/server}): the real in-memory Zeebe engine on gRPC port 26500,
 * GreenMail as the mail catcher on 2525, then the application on H2 with demo data and the dev
 * console under {@code /dev}. Everything is in memory: each start begins from zero.
 */
public class TestTanggapApplication {

    public static void main(String[] args) {
        InMemoryZeebe.start(Integer.parseInt(env("TANGGAP_DEV_ENGINE_PORT", "26500")));
        TestMail.start(Integer.parseInt(env("TANGGAP_DEV_SMTP_PORT", "2525")));
        try {
            SpringApplication.from(TanggapApplication::main)
                    .withAdditionalProfiles("dev")
                    .run(args);
        } catch (RuntimeException e) {
            // the engine's threads would keep a failed run alive
            System.exit(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Prints where everything is once the application is ready. */
    public static void printUrls(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
        System.out.println("""

                ==============================================================
                 Tanggap is ready (embedded dev run, everything in memory)
                   API         POST %1$s/api/complaints
                   Tracking    %1$s/lacak/<ticket>
                   Dev console %1$s/dev  (open tasks with their forms, mail catcher, clock)
                   Mail        %1$s/dev/mail   (SMTP catcher on 127.0.0.1:%2$s)
                   Engine      gRPC %3$s
                   Logins      admin, diskominfo, sekda, pupr, dlhk  (password: tanggap)
                ==============================================================
                """.formatted(
                        base, env.getProperty("spring.mail.port"), env.getProperty("camunda.client.grpc-address")));
    }
}
