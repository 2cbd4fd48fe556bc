package id.tanggap.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logins and failed logins into the audit trail. A login is an interactive one (the login form, OIDC):
 * HTTP Basic authenticates every API call anew, and those calls are audited by what they do. A failed
 * attempt is recorded whichever way it came; attempts the login throttle refuses are turned away before
 * the password is checked, so they raise no event and are not recorded a second time.
 */
@Component
class LoginAudit {

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        trail.record(
                AuditTrail.actor(auth), AuditTrail.roles(auth), AuditAction.LOGIN, "sesi", "masuk", clientIp(auth));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        // the attempted user name is kept (it is what an inspector looks for); the password never is
        trail.record(
                auth.getName(),
                "",
                AuditAction.LOGIN_FAILED,
                "sesi",
                "gagal masuk: " + event.getException().getClass().getSimpleName(),
                clientIp(auth));
    }

    private static String clientIp(Authentication auth) {
        String ip = AuditTrail.currentClientIp();
        if (ip == null && auth.getDetails() instanceof WebAuthenticationDetails details) {
            ip = details.getRemoteAddress();
        }
        return ip;
    }
}
