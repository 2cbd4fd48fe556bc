package id.tanggap.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per user name and per client address (both the login form and HTTP Basic
 * publish Spring Security's authentication events) and says how long further attempts must wait.
 * Blocks grow exponentially up to a cap, and a successful login clears the user name's record, so
 * guessing is slowed to a crawl while the real user waits minutes at most. Kept in memory: a restart
 * or a second instance only gives an attacker a few more guesses.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 50_000;

    /** Failures in the current window, the end of the current block and how many blocks came before. */
    private record Entry(int failures, Instant lastFailure, Instant blockedUntil, int blocks) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LoginThrottleProperties properties;
    private final Clock clock;

    @Autowired
    LoginThrottle(LoginThrottleProperties properties) {
        // the real clock on purpose: the application's clock may be moved in tests and demos
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long a login attempt for this user name from this address must still wait; zero if it may go ahead. */
    Duration waitFor(String username, String clientIp) {
        Instant now = clock.instant();
        Duration user = remaining(userKey(username), now);
        Duration ip = remaining(ipKey(clientIp), now);
        return user.compareTo(ip) >= 0 ? user : ip;
    }

    void failed(String username, String clientIp) {
        Instant now = clock.instant();
        if (entries.size() > MAX_TRACKED) {
            purge(now);
        }
        if (username != null) {
            count(userKey(username), properties.maxFailures(), now);
        }
        if (clientIp != null) {
            count(ipKey(clientIp), properties.maxFailuresPerIp(), now);
        }
    }

    void succeeded(String username) {
        if (username != null) {
            entries.remove(userKey(username));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName(), clientIp(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private void count(String key, int maxFailures, Instant now) {
        Entry updated = entries.compute(key, (k, e) -> {
            if (e != null && blocked(e, now)) {
                return e; // a request that passed before the block began; it does not lengthen the block
            }
            boolean stale =
                    e == null || e.lastFailure().plus(properties.window()).isBefore(now);
            int failures = (stale ? 0 : e.failures()) + 1;
            int blocks = stale ? 0 : e.blocks();
            if (failures < Math.max(1, maxFailures)) {
                return new Entry(failures, now, Instant.EPOCH, blocks);
            }
            return new Entry(0, now, now.plus(blockLength(blocks + 1)), blocks + 1);
        });
        if (updated.failures() == 0 && updated.blockedUntil().isAfter(now)) {
            // the key names a user or an address, not a password; enough for an operator to see an attack
            log.warn(
                    "login throttled for {} until {} after repeated wrong passwords",
                    key.startsWith("u:") ? "a user name" : "a client address",
                    updated.blockedUntil());
        }
    }

    private Duration blockLength(int blocks) {
        Duration length = properties.blockDuration();
        for (int i = 1; i < blocks && length.compareTo(properties.maxBlockDuration()) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(properties.maxBlockDuration()) > 0 ? properties.maxBlockDuration() : length;
    }

    private Duration remaining(String key, Instant now) {
        Entry e = key == null ? null : entries.get(key);
        return e != null && blocked(e, now) ? Duration.between(now, e.blockedUntil()) : Duration.ZERO;
    }

    private static boolean blocked(Entry e, Instant now) {
        return e.blockedUntil().isAfter(now);
    }

    private void purge(Instant now) {
        Duration keep = properties.window().plus(properties.maxBlockDuration());
        entries.entrySet().removeIf(e -> e.getValue().lastFailure().plus(keep).isBefore(now));
    }

    private static String userKey(String username) {
        if (username == null) {
            return null;
        }
        String u = username.trim().toLowerCase(Locale.ROOT);
        return "u:" + (u.length() > 200 ? u.substring(0, 200) : u);
    }

    private static String ipKey(String clientIp) {
        return clientIp == null ? null : "ip:" + clientIp;
    }

    private static String clientIp(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
