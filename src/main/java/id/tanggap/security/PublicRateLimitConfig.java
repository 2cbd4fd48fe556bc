package id.tanggap.security;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the rate limit of the anonymous doors ahead of Spring Security, so refused floods cost little. */
@Configuration(proxyBeanMethods = false)
class PublicRateLimitConfig {

    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(PublicRateLimitProperties properties) {
        var filter = new PublicRateLimitFilter(PublicRateLimitFilter.limits(
                properties.intakePerMinute(), properties.publicPerMinute(), properties.maxClients()));
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("publicRateLimitFilter");
        registration.setEnabled(properties.enabled());
        // after the forwarded-header filter (highest precedence), which sets the real client address
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
