package id.tanggap.devrun;

import id.tanggap.TestTanggapApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The dev console exists only in the embedded run and the tests; production has no /dev at all. */
@Configuration(proxyBeanMethods = false)
@Profile({"dev", "test"})
class DevConsoleConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain devConsoleSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/dev/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext().getEnvironment().matchesProfiles("dev")) {
            TestTanggapApplication.printUrls(event);
        }
    }
}
