package id.tanggap.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per minute one client (IP address) may make at the anonymous doors
 * ({@code tanggap.rate-limit.*}); README.md lists the env variables. Short bursts up to the
 * per-minute figure are allowed, then requests are refused with 429 until tokens refill.
 *
 * @param intakePerMinute new complaints through the public form, the API and Open311
 * @param publicPerMinute public lists and tracking (Open311 lists, /lacak, the directory)
 * @param maxClients clients remembered at once; the least recently seen are forgotten beyond it
 */
@ConfigurationProperties("tanggap.rate-limit")
record PublicRateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20") int intakePerMinute,
        @DefaultValue("120") int publicPerMinute,
        @DefaultValue("100000") int maxClients) {}
