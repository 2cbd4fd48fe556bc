package id.tanggap.security;

import id.tanggap.shared.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read {@code /actuator/prometheus}: an ADMIN, or the operators' Prometheus with the scrape
 * token ({@code TANGGAP_METRICS_SCRAPE_TOKEN}) as a bearer token. The token opens this endpoint and
 * nothing else; without one configured (or with one shorter than 32 characters) only ADMINs may read.
 */
class MetricsScrapeAccess implements AuthorizationManager<RequestAuthorizationContext> {

    static final int MIN_TOKEN_LENGTH = 32;

    private final byte[] token;

    MetricsScrapeAccess(String token) {
        this.token = token == null || token.trim().length() < MIN_TOKEN_LENGTH
                ? null
                : token.trim().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
        if (token != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
            return new AuthorizationDecision(MessageDigest.isEqual(token, given));
        }
        Authentication who = authentication.get();
        return new AuthorizationDecision(who != null
                && who.isAuthenticated()
                && who.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority())));
    }
}
