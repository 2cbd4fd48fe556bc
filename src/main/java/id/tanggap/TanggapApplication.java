package id.tanggap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tanggap: the governor's instruction on answering the public through social media, run as BPMN.
 * Processes, decisions and forms are deployed from the repository's {@code bpmn/} and {@code forms/}
 * folders, which the build packages into the jar (see {@code process.ProcessModels}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TanggapApplication {

    public static void main(String[] args) {
        SpringApplication.run(TanggapApplication.class, args);
    }
}
