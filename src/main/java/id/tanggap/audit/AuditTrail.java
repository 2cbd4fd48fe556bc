package id.tanggap.audit;

import id.tanggap.shared.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail (table {@code audit_log}): who did what, when, from where. Other modules call
 * {@link #record(AuditAction, String, String)} in the same transaction as the action, so that a change
 * that rolls back leaves no row and a change that commits leaves exactly one. The subject names the
 * record (ticket, NIP, report id, date); the detail is a short text that must carry no personal data.
 * Append-only: this class only inserts, and the table's triggers refuse updates and deletes.
 */
@Component
public class AuditTrail {

    /** The actor of an action without a logged-in user. */
    public static final String ANONYMOUS = "anonim";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action of the current user (security context) from the current request's client address. */
    public void record(AuditAction action, String subject, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean known = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        record(known ? actor(auth) : ANONYMOUS, known ? roles(auth) : "", action, subject, detail, currentClientIp());
    }

    /** Records an action of an explicitly named actor (a login event, a worker acting for someone). */
    public void record(
            String actor, String actorRoles, AuditAction action, String subject, String detail, String clientIp) {
        jdbc.update(
                "INSERT INTO audit_log (at, actor, actor_roles, action, subject, detail, client_ip) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()),
                cut(actor == null || actor.isBlank() ? ANONYMOUS : actor, 200),
                cut(actorRoles, 200),
                action.name(),
                cut(subject, 200),
                cut(detail, 500),
                cut(clientIp == null || clientIp.isBlank() ? "-" : clientIp, 64));
    }

    /** The staff user name (for OIDC logins the user name, not the token's subject), else the authentication's name. */
    static String actor(Authentication auth) {
        return auth.getPrincipal() instanceof StaffUser staff && staff.username() != null
                ? staff.username()
                : auth.getName();
    }

    static String roles(Authentication auth) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5).toUpperCase(Locale.ROOT))
                .sorted()
                .distinct()
                .collect(Collectors.joining(","));
    }

    /** The client address of the request being served (the proxy-resolved one, see server.tomcat.remoteip), or null outside a request. */
    public static String currentClientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        String v = value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ").strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
