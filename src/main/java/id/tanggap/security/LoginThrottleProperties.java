package id.tanggap.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling ({@code tanggap.login-throttle.*}). After {@code maxFailures} wrong passwords for one
 * user name within {@code window} (or {@code maxFailuresPerIp} from one client address), further attempts
 * are refused for {@code blockDuration}; each further block doubles, up to {@code maxBlockDuration}, so a
 * guesser is slowed down while the real user is never locked out for longer than that cap.
 */
@ConfigurationProperties("tanggap.login-throttle")
record LoginThrottleProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("20") int maxFailuresPerIp,
        @DefaultValue("PT15M") Duration window,
        @DefaultValue("PT1M") Duration blockDuration,
        @DefaultValue("PT15M") Duration maxBlockDuration) {}
