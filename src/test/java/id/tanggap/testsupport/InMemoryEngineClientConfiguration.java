package id.tanggap.testsupport;

import io.grpc.ClientInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The application's Camunda client, as the tests and the dev run connect it to the in-memory engine. */
@Configuration(proxyBeanMethods = false)
@Profile({"test", "dev"})
class InMemoryEngineClientConfiguration {

    /**
     * Job results (user task listener denials) reach the in-memory engine, whose gateway drops them; a client
     * of another engine (Camunda Process Test, {@code mvn -Pcpt}) is left alone.
     */
    @Bean
    ClientInterceptor inMemoryJobResults() {
        return InMemoryJobResults.forInMemoryEngine();
    }
}
